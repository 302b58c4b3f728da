# features: [call]
# stages: [tokens, ast, dis]
class A:
    def m(self):
        return super().m()
