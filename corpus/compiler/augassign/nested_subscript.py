# features: [augassign]
# stages: [tokens, ast, dis]
m = [[0]]
m[0][0] += 1
