# features: [collections]
# stages: [tokens, ast, dis]
def f(a):
    return (), (a,), (a, 1), (1, 2)
