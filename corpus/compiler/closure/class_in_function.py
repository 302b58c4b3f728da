# features: [closure]
# stages: [tokens, ast, dis]
def f(v):
    class C:
        attr = v
        def m(self): return v
    return C
