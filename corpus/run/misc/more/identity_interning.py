# features: [misc]
# stages: [run]
a = 'hello'
b = 'hel' + 'lo'
print(a == b)
x = 256; y = 256
print(x is y, None is None)
l = [1, 2]; m = l; m += [3]; print(l is m, l)
t = (1, 2); u = t; u += (3,); print(t is u, t, u)
