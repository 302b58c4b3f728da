# features: [quirks]
# stages: [tokens, ast]
# expect-error: ast IndentationError
  x = 1
y = 'abc
