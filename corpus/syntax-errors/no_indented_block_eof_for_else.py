# features: [indentation, for_else]
# stages: [tokens, ast]
# expect-error: ast IndentationError
for x in y:
    pass
else:
