# features: [scoping, functions]
# stages: [run]
x = 'outer'
r = [x for x in range(3)]
print(x, r)
y = 5
print([y * i for i in range(3)], {i: y for i in range(2)})
print([[i * j for j in range(3)] for i in range(3)])
print([(x, y) for x in range(2) for y in 'ab'])
