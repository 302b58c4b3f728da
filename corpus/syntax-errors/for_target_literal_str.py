# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for 's' in range(3):
    pass
