# features: [boolop]
# stages: [tokens, ast, dis]
def f(a, b):
    return not (a or b)
