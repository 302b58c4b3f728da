# features: [generator]
# stages: [tokens, ast, dis]
def g(it):
    r = yield from it
    return r
