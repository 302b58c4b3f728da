# features: [indentation, for]
# stages: [tokens, ast]
# expect-error: ast IndentationError
for x in y:
x = 1
