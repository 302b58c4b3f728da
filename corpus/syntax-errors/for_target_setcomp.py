# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for {x for x in y} in range(3):
    pass
