# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for f() in range(3):
    pass
