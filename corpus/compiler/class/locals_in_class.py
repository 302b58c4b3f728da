# features: [class]
# stages: [tokens, ast, dis]
class C:
    x = 1
    print(locals())
