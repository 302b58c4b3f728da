# features: [class]
# stages: [tokens, ast, dis]
class C:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
