# features: [indentation, class]
# stages: [tokens, ast]
# expect-error: ast IndentationError
class C:
x = 1
