# features: [indentation]
# stages: [tokens, ast]
# expect-error: ast IndentationError
if x:
        a
    b
