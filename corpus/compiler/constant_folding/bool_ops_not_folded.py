# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 1 and 2
y = 0 or 3
