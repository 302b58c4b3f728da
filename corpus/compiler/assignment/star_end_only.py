# features: [assignment]
# stages: [tokens, ast, dis]
*a, = 'xyz'
