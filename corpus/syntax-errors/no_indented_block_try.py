# features: [indentation, try]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
x = 1
