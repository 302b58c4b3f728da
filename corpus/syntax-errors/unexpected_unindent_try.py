# features: [indentation]
# stages: [tokens, ast]
# expect-error: ast IndentationError
try:
    pass
  except:
    pass
