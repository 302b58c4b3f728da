# features: [constants]
# stages: [tokens, ast, dis]
x = 'abc_def'
y = 'abc def'
