# features: [generator]
# stages: [tokens, ast, dis]
def g(cm):
    with cm:
        yield 1
