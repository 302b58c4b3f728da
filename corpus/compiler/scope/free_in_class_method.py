# features: [scope]
# stages: [tokens, ast, dis]
def f():
    v = 1
    class C:
        def m(self): return v
    return C
