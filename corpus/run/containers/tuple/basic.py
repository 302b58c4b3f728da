# features: [tuple, tuple-basic]
# stages: [run]
t = (3, 1, 4, 1, 5)
print(t, t[1:3], t[::-1], t.count(1), t.index(4), len(t), t + (9,), t * 2, 1 in t, (1,), ())
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), tuple('ab'), tuple(range(3)), max(t), hash((1, 2)) == hash((1, 2)))
a, *b, c = t; print(a, b, c)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
print(((1, 2),), ([],), tuple([1]) is not None)
