# features: [expressions, walrus, comprehensions]
# stages: [tokens, ast, dis]
g = (x for x in y)
a[b] += 1; a.b @= 2
z = {1: 2, **d}; s = {1, *t}; t = 1 if x else 2
u = not a and b or c < d <= e is not f not in g in h is i != j
v = [y := f(x), y**2, y // 3 % 4 >> 1 << 2 & 3 | 4 ^ 5, ~x, +x]
w = {k: v for k, v in items if (n := len(k)) > 2}
x = a[1:2, ...,  *b] if a else b[::]
y = await_ = yield_ = 0
print(*args, sep='', **kw)
f(x for x in y)
n = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1e-5 + 1.5j + 10.
m = 1e400 + 1e16 + 1e15 + 0.1 + 12345678901234567890 + .5e-10
global q
nonlocal_ = 1
assert x, "m"
x = *a, *b
a, *b = c
[a, b] = c = d
