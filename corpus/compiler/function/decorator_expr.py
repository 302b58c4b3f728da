# features: [function]
# stages: [tokens, ast, dis]
ds = [lambda fn: fn]
@ds[0]
def f():
    pass
