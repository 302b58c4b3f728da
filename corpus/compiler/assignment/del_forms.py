# features: [assignment]
# stages: [tokens, ast, dis]
a = b = c = 1
d = {1: 2}
del a, (b, c)
del d[1]
