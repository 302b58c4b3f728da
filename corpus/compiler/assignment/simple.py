# features: [assignment]
# stages: [tokens, ast, dis]
x = 10 + 5
