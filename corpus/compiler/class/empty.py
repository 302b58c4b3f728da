# features: [class]
# stages: [tokens, ast, dis]
class C:
    pass
