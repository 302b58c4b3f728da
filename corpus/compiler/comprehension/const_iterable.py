# features: [comprehension]
# stages: [tokens, ast, dis]
def f():
    return [x for x in (1, 2, 3)]
