# features: [boolop]
# stages: [tokens, ast, dis]
def f(a, b):
    return g(a or b, a and b)
