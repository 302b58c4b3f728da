# features: [scope]
# stages: [tokens, ast, dis]
def f():
    def g():
        global x
        x = 1
    return g
