# features: [class]
# stages: [tokens, ast, dis]
def deco(c): return c
@deco
class C:
    pass
