# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
lambda *a=1: 0
