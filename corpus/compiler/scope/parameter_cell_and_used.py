# features: [scope]
# stages: [tokens, ast, dis]
def f(a):
    def g(): return a
    a = 2
    return g
