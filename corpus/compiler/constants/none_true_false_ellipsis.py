# features: [constants]
# stages: [tokens, ast, dis]
x = (None, True, False, ...)
