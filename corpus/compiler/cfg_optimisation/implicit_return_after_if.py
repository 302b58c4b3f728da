# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a):
    if a:
        print(a)
