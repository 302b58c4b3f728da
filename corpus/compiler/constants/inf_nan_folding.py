# features: [constants]
# stages: [tokens, ast, dis]
x = 1e400
y = -1e400
