# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(x):
    if x:
        return 1
    else:
        return 2
