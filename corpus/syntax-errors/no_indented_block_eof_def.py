# features: [indentation, def]
# stages: [tokens, ast]
# expect-error: ast IndentationError
def f():
