# features: [collections]
# stages: [tokens, ast, dis]
def f(a):
    return [[a, 1], (a, 2), {a: [3]}]
