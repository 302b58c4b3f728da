# features: [closure]
# stages: [tokens, ast, dis]
def f(a, b, c, d):
    def g():
        return d, c, b, a
    return g
