# features: [set, set-order_mixed]
# stages: [run]
print(set([(1, 2), (2, 1), (), (0,), ('a', 1)]), set([1.5, 2.25, -0.5, 1e10]), set([True, 'x', 3, (4,), 'y', -7]))
print(set([b'ab', b'', b'xyz']), {1, 1.0, True}, {0, 0.0, False, -0.0})
print(frozenset({frozenset({1}), frozenset()}), {hash(-1), hash(-2)})
