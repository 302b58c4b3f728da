# features: [indentation, except_star]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
    pass
except* E:
x = 1
