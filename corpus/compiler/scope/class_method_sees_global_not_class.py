# features: [scope]
# stages: [tokens, ast, dis]
x = 1
class C:
    x = 2
    def m(self):
        return x
