# features: [cfg_optimisation]
# stages: [tokens, ast, dis]
def f(a,
      b):
    return (a +
            b)
