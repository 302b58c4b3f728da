# features: [constants]
# stages: [tokens, ast, dis]
x = (0, 1, -1, 255, 256, 2**31, -2**63, 10**20)
