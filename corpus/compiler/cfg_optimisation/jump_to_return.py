# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a):
    if a:
        x = 1
    else:
        x = 2
    return x
