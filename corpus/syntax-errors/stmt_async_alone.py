# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
async x = 1
