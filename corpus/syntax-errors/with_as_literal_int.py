# features: [with]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
with open('f') as 1:
    pass
