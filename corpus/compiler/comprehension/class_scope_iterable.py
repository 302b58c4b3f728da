# features: [comprehension]
# stages: [tokens, ast, dis]
class C:
    n = 3
    xs = [i for i in range(n)]
