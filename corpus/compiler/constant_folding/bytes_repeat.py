# features: [constant_folding]
# stages: [tokens, ast, dis]
x = b'ab' * 3
