# features: [indentation, decorated]
# stages: [tokens, ast]
# expect-error: ast IndentationError
@d
def f():
