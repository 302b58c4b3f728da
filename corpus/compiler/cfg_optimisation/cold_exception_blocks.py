# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(x):
    try:
        y = x + 1
    except TypeError:
        y = 0
    return y
