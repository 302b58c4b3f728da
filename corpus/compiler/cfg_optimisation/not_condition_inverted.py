# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a):
    if not a:
        return 1
    return 2
