# features: [compare]
# stages: [tokens, ast, dis]
def f(x):
    return x not in (1, 2)
