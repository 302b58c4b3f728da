# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
None: int = 1
