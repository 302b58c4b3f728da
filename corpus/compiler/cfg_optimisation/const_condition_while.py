# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f():
    while 1:
        x = 2
        if x:
            return x
