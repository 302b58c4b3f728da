# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 'abc'[10] if False else 0
