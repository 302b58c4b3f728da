# features: [class]
# stages: [tokens, ast, dis]
class C:
    a = 1
    b = a + 1
    c = [a, b]
