# features: [indentation, try]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
