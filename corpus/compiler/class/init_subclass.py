# features: [class]
# stages: [tokens, ast, dis]
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
