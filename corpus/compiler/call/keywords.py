# features: [call]
# stages: [tokens, ast, dis]
def f(g, a):
    return g(a, key=1, other=a)
