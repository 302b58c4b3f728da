# features: [collections]
# stages: [tokens, ast, dis]
def f(g):
    return g([1, 2, 3, 4, 5])
