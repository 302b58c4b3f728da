# features: [indentation]
# stages: [tokens, ast]
# expect-error: ast IndentationError
def f():
    x = (1,
2)
  y
