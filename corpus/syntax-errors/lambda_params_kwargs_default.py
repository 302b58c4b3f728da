# features: [lambda, parameters]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f = lambda **k=1: 1
