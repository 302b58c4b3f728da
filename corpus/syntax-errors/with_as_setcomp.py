# features: [with]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
with open('f') as {x for x in y}:
    pass
