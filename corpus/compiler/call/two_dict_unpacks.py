# features: [call]
# stages: [tokens, ast, dis]
def f(g, a, b):
    return g(**a, **b)
