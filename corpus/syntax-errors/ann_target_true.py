# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
True: int = 1
