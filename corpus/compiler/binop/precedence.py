# features: [binop]
# stages: [tokens, ast, dis]
def f(a, b, c):
    return a + b * c - (a - b) / c ** 2
