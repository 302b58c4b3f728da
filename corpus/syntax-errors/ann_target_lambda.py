# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
lambda: 1: int = 1
