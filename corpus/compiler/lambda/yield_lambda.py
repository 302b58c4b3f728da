# features: [lambda]
# stages: [tokens, ast, dis]
f = lambda: (yield)
