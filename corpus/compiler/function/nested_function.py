# features: [function]
# stages: [tokens, ast, dis]
def f():
    def g():
        return 1
    return g
