# features: [with]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
with open('f') as a if b else c:
    pass
