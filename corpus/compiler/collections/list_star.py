# features: [collections]
# stages: [tokens, ast, dis]
def f(a, b):
    return [*a, 1, *b]
