# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 1 << 100000
