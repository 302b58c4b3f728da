# features: [control-flow]
# stages: [run]
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
*init, last = 'hello'
print(init, last)
first, *_ = range(5)
print(first)
x = y = z = []
x.append(1); print(y, z is x)
p, q = q, p = 1, 2
print(p, q)
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2}, (*[1], 2), {*[1, 2], 3})
d = {'k': 1}
for k, v in d.items(): print(k, v)
