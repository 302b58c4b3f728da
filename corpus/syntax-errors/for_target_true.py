# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for True in range(3):
    pass
