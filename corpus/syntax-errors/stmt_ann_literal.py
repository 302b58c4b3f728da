# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
1: int
