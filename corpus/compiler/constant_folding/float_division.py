# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 7 / 2
y = 7 // 2
z = -7 % 3
