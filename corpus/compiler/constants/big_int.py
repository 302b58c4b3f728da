# features: [constants]
# stages: [tokens, ast, dis]
x = 123456789012345678901234567890123456789
