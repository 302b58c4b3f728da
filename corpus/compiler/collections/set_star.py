# features: [collections]
# stages: [tokens, ast, dis]
def f(a):
    return {*a, 2}
