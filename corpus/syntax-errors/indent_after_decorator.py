# features: [indentation]
# stages: [tokens, ast]
# expect-error: ast IndentationError
@d
    def f(): pass
