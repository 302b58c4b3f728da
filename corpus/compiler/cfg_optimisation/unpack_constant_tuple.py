# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f():
    a, b = 1, 2
    return a + b
