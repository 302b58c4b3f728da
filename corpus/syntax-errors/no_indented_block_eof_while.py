# features: [indentation, while]
# stages: [tokens, ast]
# expect-error: ast IndentationError
while x:
