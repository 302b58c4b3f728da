# features: [walrus, star-unpacking, extended-unpacking]
# stages: [run]
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
first, *middle, last = data
print(first, middle, last)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print(*data, sep=",")
print([*data, *"ab"], (*data[:2],), {*data}, {**{"a": 1}, "b": 2})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), x=1, **{"y": 2}))
head, *tail = "hello"
print(head, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
x = y = z = 0
x += 1
print(x, y, z)
a, b = b, a
print(a, b)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
