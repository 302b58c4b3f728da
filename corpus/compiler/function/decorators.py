# features: [function]
# stages: [tokens, ast, dis]
def d(fn): return fn
@d
@d
def f():
    pass
