# features: [assignment]
# stages: [tokens, ast, dis]
(a, (b, c)), d = (1, (2, 3)), 4
