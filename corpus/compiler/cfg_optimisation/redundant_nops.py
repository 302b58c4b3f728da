# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f():
    pass
    pass
    return
