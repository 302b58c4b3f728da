# features: [class]
# stages: [tokens, ast, dis]
class C:
    def m(self):
        def inner():
            return __class__
        return inner
