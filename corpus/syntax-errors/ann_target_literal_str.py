# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
's': int = 1
