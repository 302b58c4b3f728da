# features: [boolop]
# stages: [tokens, ast, dis]
def f(a, b, c):
    return a and b and c
