# features: [compare]
# stages: [tokens, ast, dis]
def f(x, y):
    return x in [y, 2]
