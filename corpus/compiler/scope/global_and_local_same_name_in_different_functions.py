# features: [scope]
# stages: [tokens, ast, dis]
def f():
    global x
    x = 1
def g():
    x = 2
    return x
