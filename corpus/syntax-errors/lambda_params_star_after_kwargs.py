# features: [lambda, parameters]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
f = lambda **k, *a: 1
