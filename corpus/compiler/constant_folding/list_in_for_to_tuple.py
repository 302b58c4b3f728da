# features: [constant_folding]
# stages: [tokens, ast, dis]
for x in [1, 2, 'a']:
    pass
