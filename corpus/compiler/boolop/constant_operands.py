# features: [boolop]
# stages: [tokens, ast, dis]
def f(a):
    return a or 0, 1 and a
