# features: [set, set-order_ints]
# stages: [run]
print({5, 3, 1, 100, 33, -1, 2 ** 40, 17, 8})
s = set(range(20, 0, -3)); print(s)
s.discard(11); s.add(64); s.add(-64); print(s)
print(set([1000, 2000, 3000, 8, 16, 1 << 31]), {-1, -2}, frozenset({0, 1.5, 2}))
