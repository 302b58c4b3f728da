# features: [list, list-comprehension]
# stages: [run]
print([x * x for x in range(6) if x % 2], [(i, j) for i in range(3) for j in range(i)])
print([[c for c in w] for w in ['ab', 'cd']], {x % 3 for x in range(10)}, {k: v for k, v in zip('abc', range(3))})
print(list(x for x in 'abc'), [y for x in [[1, 2], [3]] for y in x if y > 1])
