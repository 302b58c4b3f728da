# features: [comprehension]
# stages: [tokens, ast, dis]
ys = [last := x for x in range(3)]
