# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for a if b else c in range(3):
    pass
