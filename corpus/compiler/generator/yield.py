# features: [generator]
# stages: [tokens, ast, dis]
def g():
    yield 1
    yield 2
