# features: [constants]
# stages: [tokens, ast, dis]
x = 'a' 'b' \
    'c'
y = b'x' b'y'
