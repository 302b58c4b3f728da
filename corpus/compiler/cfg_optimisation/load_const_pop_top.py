# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f():
    1
    'string statement'
    return 2
