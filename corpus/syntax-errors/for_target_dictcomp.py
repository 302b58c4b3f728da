# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for {x: y for x in z} in range(3):
    pass
