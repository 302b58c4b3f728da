# features: [constant_folding]
# stages: [tokens, ast, dis]
y = 'a' in {'a', 'b'}
