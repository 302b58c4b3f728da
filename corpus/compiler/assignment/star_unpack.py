# features: [assignment]
# stages: [tokens, ast, dis]
first, *rest = [1, 2, 3]
