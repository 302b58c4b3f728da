# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a, b):
    a, b = b, a
    return a
