# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 1 << 10
y = 1 << 200
z = 1 >> 3
