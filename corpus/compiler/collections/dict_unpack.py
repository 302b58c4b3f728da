# features: [collections]
# stages: [tokens, ast, dis]
def f(a, b):
    return {**a, 'k': 1, **b}
