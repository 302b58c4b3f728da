# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for x y:
    pass
