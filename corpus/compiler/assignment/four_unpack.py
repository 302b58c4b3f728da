# features: [assignment]
# stages: [tokens, ast, dis]
a, b, c, d = d, c, b, a
