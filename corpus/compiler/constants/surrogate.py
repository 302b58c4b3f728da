# features: [constants]
# stages: [tokens, ast, dis]
x = '\ud800'
