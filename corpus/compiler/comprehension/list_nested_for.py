# features: [comprehension]
# stages: [tokens, ast, dis]
def f(m):
    return [x for row in m for x in row]
