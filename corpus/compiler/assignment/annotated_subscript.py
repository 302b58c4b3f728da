# features: [assignment]
# stages: [tokens, ast, dis]
d = {}
d['a']: int = 1
