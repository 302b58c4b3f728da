# features: [scope]
# stages: [tokens, ast, dis]
def f():
    v = 1
    class C:
        def m(self):
            nonlocal v
            v += 1
    return C
