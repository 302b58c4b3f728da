# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a, b, c):
    return (a if b else c) or (b if c else a)
