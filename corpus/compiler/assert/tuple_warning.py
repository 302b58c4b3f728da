# features: [assert]
# stages: [tokens, ast, dis]
def f(x):
    assert x, 'm'
