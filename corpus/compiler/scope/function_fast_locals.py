# features: [scope]
# stages: [tokens, ast, dis]
def f(a):
    b = a
    return b
