# features: [compare]
# stages: [tokens, ast, dis]
def f(a, b):
    return not a in b
