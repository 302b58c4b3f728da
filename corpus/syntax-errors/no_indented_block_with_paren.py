# features: [indentation, with_paren]
# stages: [tokens, ast]
# expect-error: ast IndentationError
with (x as y):
x = 1
