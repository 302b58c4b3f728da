# features: [constant_folding]
# stages: [tokens, ast, dis]
x = (1, 2) * 3
y = (1,) * 300
