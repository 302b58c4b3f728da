# features: [function]
# stages: [tokens, ast, dis]
def f(x):
    x = x + 1
    return x
