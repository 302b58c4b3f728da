# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f():
    raise ValueError
    print('never')
