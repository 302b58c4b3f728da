# features: [with]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
with open('f') as [a, 1]:
    pass
