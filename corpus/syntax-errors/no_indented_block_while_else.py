# features: [indentation, while_else]
# stages: [tokens, ast]
# expect-error: ast IndentationError
while x:
    pass
else:
x = 1
