# features: [class]
# stages: [tokens, ast, dis]
class C:
    __slots__ = ('a', 'b')
