# features: [literals]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
'\u12'
