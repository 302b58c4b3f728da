# features: [comprehension]
# stages: [tokens, ast, dis]
def f(xs):
    return {x % 3 for x in xs}
