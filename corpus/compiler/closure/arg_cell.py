# features: [closure]
# stages: [tokens, ast, dis]
def f(x):
    def g():
        return x
    return g
