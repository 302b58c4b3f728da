# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(x):
    for i in x:
        if i:
            break
