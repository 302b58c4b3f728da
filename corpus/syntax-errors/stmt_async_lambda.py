# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
async lambda: 1
