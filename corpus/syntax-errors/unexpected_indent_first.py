# features: [indentation]
# stages: [tokens, ast]
# expect-error: ast IndentationError
    x = 1
