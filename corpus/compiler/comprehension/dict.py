# features: [comprehension]
# stages: [tokens, ast, dis]
def f(xs):
    return {x: x * x for x in xs}
