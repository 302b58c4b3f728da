# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a, b, c):
    a, b, c = c, b, a
    return a, b, c
