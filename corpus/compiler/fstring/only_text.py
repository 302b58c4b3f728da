# features: [fstring]
# stages: [tokens, ast, dis]
x = f'plain'
