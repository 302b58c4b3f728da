# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for a < b in range(3):
    pass
