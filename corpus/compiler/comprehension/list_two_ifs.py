# features: [comprehension]
# stages: [tokens, ast, dis]
def f(xs):
    return [x for x in xs if x if x > 1]
