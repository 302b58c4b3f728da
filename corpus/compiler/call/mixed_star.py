# features: [call]
# stages: [tokens, ast, dis]
def f(g, a, b, k):
    return g(1, *a, 2, *b, x=3, **k)
