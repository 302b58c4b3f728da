# features: [names]
# stages: [tokens]
b = r = u = f = br = rb = fr = rf = ub = 1
br, rb, Rb, bR
