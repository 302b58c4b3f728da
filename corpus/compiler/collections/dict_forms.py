# features: [collections]
# stages: [tokens, ast, dis]
def f(a):
    return {}, {a: 1}, {'x': 1, 'y': 2}, {1: a, 2: a}
