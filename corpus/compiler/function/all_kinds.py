# features: [function]
# stages: [tokens, ast, dis]
def f(a, b=2, /, c=3, *d, e, f=6, **g):
    return a, b, c, d, e, f, g
