# features: [indentation, finally]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
    pass
finally:
x = 1
