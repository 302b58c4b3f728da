# features: [function]
# stages: [tokens, ast, dis]
class A:
    def m(self):
        def inner():
            class B:
                def n(self): pass
            return B
        return inner
