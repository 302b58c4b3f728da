# features: [with]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
with open('f') as {x: y for x in z}:
    pass
