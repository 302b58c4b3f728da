# features: [if]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
elif x:
    pass
