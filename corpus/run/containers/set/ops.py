# features: [set, set-ops]
# stages: [run]
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}))
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference([1, 10]))
c = set(a); c |= {7}; c &= {1, 7, 2}; c -= {2}; c ^= {100}; print(c)
c.update('ab'); c.intersection_update({1, 'a', 7}); print(c)
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), type(frozenset() | set()).__name__)
for bad in [lambda: a | [1], lambda: set().pop(), lambda: a.remove(99), lambda: {[]}, lambda: a < 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
