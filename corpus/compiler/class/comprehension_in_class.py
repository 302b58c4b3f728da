# features: [class]
# stages: [tokens, ast, dis]
class C:
    xs = [1, 2]
    ys = [x * 2 for x in xs]
