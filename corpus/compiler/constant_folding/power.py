# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 2 ** 10
y = 2 ** -1
z = (-2) ** 0.5
