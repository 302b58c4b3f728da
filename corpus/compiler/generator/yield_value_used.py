# features: [generator]
# stages: [tokens, ast, dis]
def g():
    x = yield
    y = yield x
    return y
