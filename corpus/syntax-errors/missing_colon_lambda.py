# features: [lambda]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f = lambda x
    pass
