# features: [assignment]
# stages: [tokens, ast, dis]
[a, b] = 1, 2
