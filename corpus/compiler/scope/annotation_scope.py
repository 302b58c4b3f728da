# features: [scope]
# stages: [tokens, ast, dis]
def f():
    def g(a: x): pass
    x = int
    return g
