# features: [scope]
# stages: [tokens, ast, dis]
def f(a):
    return lambda b=a: b
