# features: [boolop]
# stages: [tokens, ast, dis]
def f(a, b):
    return a or b
