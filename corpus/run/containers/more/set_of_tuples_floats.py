# features: [dict, set, ordering]
# stages: [run]
pts = {(x, y) for x in range(3) for y in range(3) if x != y}
print(pts)
print(set([0.1, 0.2, 0.30000000000000004, 1e-9, 123.456, -7.5]))
print({frozenset({1, 2}), frozenset({3}), frozenset()})
print({'a': 1}.keys() | {'b'}, set({'x': 1, 'y': 2}))
