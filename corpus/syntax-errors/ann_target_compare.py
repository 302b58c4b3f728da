# features: [annotation]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
a < b: int = 1
