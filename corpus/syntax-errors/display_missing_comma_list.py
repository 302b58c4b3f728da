# features: [displays]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
[1 2]
