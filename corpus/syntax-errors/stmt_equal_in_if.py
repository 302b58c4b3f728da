# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
if x = 1:
    pass
