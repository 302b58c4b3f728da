# features: [class]
# stages: [tokens, ast, dis]
bases = (object,)
class C(*bases):
    pass
