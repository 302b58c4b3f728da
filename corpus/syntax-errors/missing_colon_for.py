# features: [for]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
for x in y
    pass
