# features: [displays]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
x = {1: 2]
