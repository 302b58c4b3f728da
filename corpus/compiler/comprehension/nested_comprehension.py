# features: [comprehension]
# stages: [tokens, ast, dis]
def f(m):
    return [[y for y in row] for row in m]
