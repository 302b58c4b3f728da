# features: [comprehension]
# stages: [tokens, ast, dis]
def f(xs):
    return list(x for x in xs)
