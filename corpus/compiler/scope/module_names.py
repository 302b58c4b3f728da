# features: [scope]
# stages: [tokens, ast, dis]
a = 1
b = a
del a
