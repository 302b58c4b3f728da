# features: [boolop]
# stages: [tokens, ast, dis]
def f(a, b, c, d):
    return a and b or c and d
