# features: [constant_folding]
# stages: [tokens, ast, dis]
x = -(5)
y = ~7
z = +3
w = not 1
