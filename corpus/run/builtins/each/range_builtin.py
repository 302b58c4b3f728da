# features: [builtins, range_builtin]
# stages: [run]
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], 11 in r, 12 in r, r.index(8), r.count(5), range(0), range(5)[10:], range(10, 0, -2))
print(range(3) == range(0, 3), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3, 1)), list(range(-5, 5, 4)), range(10 ** 20)[-1])
for bad in [lambda: range(1, 2, 0), lambda: r[10], lambda: r.index(3), lambda: range('a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
