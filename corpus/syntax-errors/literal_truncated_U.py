# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
'\U1234'
