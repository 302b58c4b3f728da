# features: [call]
# stages: [tokens, ast, dis]
def f(g, a):
    return g(x=1, **a, y=2)
