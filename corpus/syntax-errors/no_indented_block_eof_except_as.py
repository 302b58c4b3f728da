# features: [indentation, except_as]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
    pass
except E as e:
