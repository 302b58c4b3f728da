# features: [lambda]
# stages: [tokens, ast, dis]
f = lambda a, b=1, *c, d, e=2, **k: (a, b, c, d, e, k)
