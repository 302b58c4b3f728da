# features: [constant_folding]
# stages: [tokens, ast, dis]
x = ((1 + 2) * (3 - 4)) ** 2
