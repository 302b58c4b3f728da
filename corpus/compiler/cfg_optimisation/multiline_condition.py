# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a, b):
    if (a and
            b):
        return 1
