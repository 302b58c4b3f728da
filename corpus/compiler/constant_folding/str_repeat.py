# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 'ab' * 3
y = 'a' * 5000
