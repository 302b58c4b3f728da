# features: [indentation, with_as]
# stages: [tokens, ast]
# expect-error: ast IndentationError
with x as y:
