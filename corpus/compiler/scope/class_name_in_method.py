# features: [scope]
# stages: [tokens, ast, dis]
class C:
    def m(self):
        return C
