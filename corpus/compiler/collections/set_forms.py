# features: [collections]
# stages: [tokens, ast, dis]
def f(a):
    return {a}, {1, 2, 3}, {a, 1}
