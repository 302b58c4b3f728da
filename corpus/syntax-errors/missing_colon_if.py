# features: [if]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
if x
    pass
