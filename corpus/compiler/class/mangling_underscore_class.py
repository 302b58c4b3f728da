# features: [class]
# stages: [tokens, ast, dis]
class _:
    def m(self):
        return self.__x
