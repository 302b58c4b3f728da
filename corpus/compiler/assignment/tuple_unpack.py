# features: [assignment]
# stages: [tokens, ast, dis]
a, b = b, a
