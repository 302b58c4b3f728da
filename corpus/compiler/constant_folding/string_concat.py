# features: [constant_folding]
# stages: [tokens, ast, dis]
x = 'a' + 'b'
y = b'a' + b'b'
