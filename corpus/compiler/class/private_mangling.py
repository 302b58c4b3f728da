# features: [class]
# stages: [tokens, ast, dis]
class C:
    __x = 1
    def m(self):
        return self.__x, __y
    def __p(self): pass
