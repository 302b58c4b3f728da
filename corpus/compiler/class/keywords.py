# features: [class]
# stages: [tokens, ast, dis]
class M(type): pass
class C(metaclass=M):
    pass
