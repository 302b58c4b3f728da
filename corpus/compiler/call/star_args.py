# features: [call]
# stages: [tokens, ast, dis]
def f(g, a):
    return g(*a)
