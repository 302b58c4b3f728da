# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 1 + 2.5
y = 3 * 1j
z = True + 1
