# features: [lambda]
# stages: [tokens, ast, dis]
f = lambda: 0
