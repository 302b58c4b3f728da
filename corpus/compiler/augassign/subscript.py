# features: [augassign]
# stages: [tokens, ast, dis]
d = {'a': 1}
d['a'] += 1
