# features: [constant_folding]
# stages: [tokens, ast, dis]
x = -(1, 2) if False else 0
