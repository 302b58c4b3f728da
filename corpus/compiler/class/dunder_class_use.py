# features: [class]
# stages: [tokens, ast, dis]
class C:
    def m(self):
        return __class__
