# features: [scope]
# stages: [tokens, ast, dis]
x = 'outer'
y = [x for x in range(3)]
