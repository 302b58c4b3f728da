# features: [generator]
# stages: [tokens, ast, dis]
def g(it):
    yield from it
