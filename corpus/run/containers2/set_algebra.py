# features: [set, frozenset, set-algebra, iteration-order]
# stages: [run]
a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([100, 101]), a.intersection(b, {0, 6, 7}), a.difference(b, {4}), a.symmetric_difference(range(5)))
print(a <= a | b, a < a, a.issubset(range(30)), (a | b).issuperset(b), a.isdisjoint({1, 3}), {1} < {1, 2})
c = set(a)
c |= {1}; c &= set(range(10)); c -= {0}; c ^= {2, 99}
print(c)
fs = frozenset("abcde")
print(sorted(fs), fs & set("aex"), type(fs | {"z"}).__name__, {fs: 1}[frozenset("edcba")], hash(fs) == hash(frozenset("edcba")))
# Built at run time from a list: a set display of constants is a frozenset constant whose .pyc
# stream order depends on the compiling interpreter, so only the run-time construction is portable.
s = set(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"])
print(s)
s.discard("fig"); s.add("kiwi"); s.add("apple")
print(s, len(s))
popped = [s.pop() for _ in range(3)]
print(popped, s)
print({x * x for x in range(-5, 6)}, set([1, 1.0, True]), {(1, 2), (2, 1), (1, 2)})
print(set("mississippi") - set("sip"), frozenset(), set() == frozenset(), {1, 2} == frozenset({2, 1}))
