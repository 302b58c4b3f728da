# features: [indentation, except_bare]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
    pass
except:
