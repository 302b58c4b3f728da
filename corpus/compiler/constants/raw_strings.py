# features: [constants]
# stages: [tokens, ast, dis]
x = r'\n' + R'\t'
