# features: [indentation, elif]
# stages: [tokens, ast]
# expect-error: ast IndentationError
if x:
    pass
elif y:
x = 1
