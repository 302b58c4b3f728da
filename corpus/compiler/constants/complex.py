# features: [constants]
# stages: [tokens, ast, dis]
x = (1j, 2+3j, -1j, 0j)
