# features: [augassign]
# stages: [tokens, ast, dis]
l = [1, 2, 3]
l[1:2] += [9]
