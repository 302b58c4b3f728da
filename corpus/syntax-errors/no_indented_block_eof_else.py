# features: [indentation, else]
# stages: [tokens, ast]
# expect-error: ast IndentationError
if x:
    pass
else:
