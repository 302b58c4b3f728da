# features: [lambda, parameters]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f = lambda *a=1: 1
