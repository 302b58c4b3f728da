# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 2 ** 100000
