# features: [benchmark, unpacking, realworld]
# stages: [run]
# unpack_sequence benchmark plus the many forms of starred unpacking.
def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += b + i
    return s


print(do_unpacking(2000, tuple(range(10))), do_unpacking(2000, list(range(10))))
first, *middle, last = range(10)
print(first, middle, last)
(a, b), [c, *d] = "xy", (1, 2, 3)
print(a, b, c, d)
head, *tail = "hello"
print(head, tail)
*init, final = [1]
print(init, final)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
x, y = y, x = 1, 2
print(x, y)
print(*range(3), *"ab", sep="|")
print({**{"a": 1}, "b": 2, **dict(c=3)}, [*range(2), *[9]], {*"aa", *"b"} == {"a", "b"})
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
m, n = divmod(17, 5)
print(m, n)
