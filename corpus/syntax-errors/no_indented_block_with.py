# features: [indentation, with]
# stages: [tokens, ast]
# expect-error: ast IndentationError
with x:
x = 1
