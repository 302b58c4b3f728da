# features: [function]
# stages: [tokens, ast, dis]
def f():
    x = 1
    del x
