# features: [lambda, parameters]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f = lambda a, *, *, b: 1
