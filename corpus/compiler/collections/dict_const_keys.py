# features: [collections]
# stages: [tokens, ast, dis]
def f(a, b):
    return {'a': a, 'b': b, 'c': 3}
