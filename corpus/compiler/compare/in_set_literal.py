# features: [compare]
# stages: [tokens, ast, dis]
def f(x):
    return x in {1, 2, 3}
