# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for [a, 1] in range(3):
    pass
