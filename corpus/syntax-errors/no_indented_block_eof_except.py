# features: [indentation, except]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
    pass
except E:
