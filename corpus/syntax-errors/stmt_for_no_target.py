# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for in y:
    pass
