# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for f'{x}' in range(3):
    pass
