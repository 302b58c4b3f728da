# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(xs):
    for x in xs:
        pass
