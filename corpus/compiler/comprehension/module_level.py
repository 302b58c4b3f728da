# features: [comprehension]
# stages: [tokens, ast, dis]
squares = [x * x for x in range(10)]
