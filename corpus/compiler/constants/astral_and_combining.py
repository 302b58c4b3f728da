# features: [constants]
# stages: [tokens, ast, dis]
x = 'e\u0301 \U0001F600'
