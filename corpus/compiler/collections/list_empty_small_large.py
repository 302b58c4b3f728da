# features: [collections]
# stages: [tokens, ast, dis]
def f(a):
    return [], [a], [a, a], [1, 2, 3], [1, 2, 3, 4]
