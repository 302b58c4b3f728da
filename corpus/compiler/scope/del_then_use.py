# features: [scope]
# stages: [tokens, ast, dis]
def f():
    x = 1
    del x
    return x
