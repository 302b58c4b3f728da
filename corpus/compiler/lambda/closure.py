# features: [lambda]
# stages: [tokens, ast, dis]
def f(x):
    return lambda y: x + y
