# features: [constant_folding]
# stages: [tokens, ast, dis]
y = 1 in [1, 2]
