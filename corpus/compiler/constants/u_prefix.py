# features: [constants]
# stages: [tokens, ast, dis]
x = u'abc'
