# features: [scope]
# stages: [tokens, ast, dis]
def f():
    class C:
        def m(self):
            return super()
    return C
