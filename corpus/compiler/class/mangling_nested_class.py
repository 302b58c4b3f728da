# features: [class]
# stages: [tokens, ast, dis]
class Outer:
    class Inner:
        def m(self):
            return self.__secret
