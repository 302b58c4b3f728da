# features: [class]
# stages: [tokens, ast, dis]
class V:
    def __add__(self, o): return self
    def __eq__(self, o): return True
    __hash__ = None
