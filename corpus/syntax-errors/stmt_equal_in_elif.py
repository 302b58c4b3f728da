# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
if a:
    pass
elif b = 1:
    pass
