# features: [generator]
# stages: [tokens, ast, dis]
def g():
    (yield)
