# features: [function]
# stages: [tokens, ast, dis]
def d(*a):
    return lambda fn: fn
@d(1, 2)
def f():
    pass
