# features: [compare]
# stages: [tokens, ast, dis]
def f(a, b, c):
    return a is b in c
