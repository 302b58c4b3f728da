# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a, b):
    if a:
        if b:
            x = 1
    return 2
