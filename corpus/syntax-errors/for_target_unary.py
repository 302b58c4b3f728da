# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for -a in range(3):
    pass
