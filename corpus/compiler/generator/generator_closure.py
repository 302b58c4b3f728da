# features: [generator]
# stages: [tokens, ast, dis]
def f(k):
    def g():
        yield k
    return g
