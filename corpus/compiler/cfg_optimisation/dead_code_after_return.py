# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f():
    return 1
    x = 2
    return x
