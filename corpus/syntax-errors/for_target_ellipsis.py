# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for ... in range(3):
    pass
