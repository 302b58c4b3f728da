# features: [lambda]
# stages: [tokens, ast, dis]
f = lambda a, /, b: a + b
