# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for (a, f()) in range(3):
    pass
