# features: [indentation, if]
# stages: [tokens, ast]
# expect-error: ast IndentationError
if x:
x = 1
