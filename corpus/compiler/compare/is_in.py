# features: [compare]
# stages: [tokens, ast, dis]
def f(a, b):
    return a is b, a is not b, a in b, a not in b
