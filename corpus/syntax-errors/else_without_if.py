# features: [if]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
else:
    pass
