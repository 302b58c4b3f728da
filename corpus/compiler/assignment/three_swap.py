# features: [assignment]
# stages: [tokens, ast, dis]
a, b, c = c, b, a
