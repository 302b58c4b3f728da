# features: [indentation, match]
# stages: [tokens, ast]
# expect-error: ast IndentationError
match x:
x = 1
