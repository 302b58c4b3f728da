# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 10 ** 10 ** 10
