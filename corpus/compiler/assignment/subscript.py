# features: [assignment]
# stages: [tokens, ast, dis]
d = {}
d['k'] = 1
d[1:2] = [3]
