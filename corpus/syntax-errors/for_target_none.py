# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for None in range(3):
    pass
