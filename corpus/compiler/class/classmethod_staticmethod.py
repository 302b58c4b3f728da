# features: [class]
# stages: [tokens, ast, dis]
class C:
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 1
