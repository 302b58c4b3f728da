# features: [constants]
# stages: [tokens, ast, dis]
x = (0.0, -0.0, 1.5, 1e300, 1e-300, 2.5e-5)
