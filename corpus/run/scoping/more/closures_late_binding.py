# features: [scoping, functions]
# stages: [run]
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make(n):
    return lambda x: x * n
d, t = make(2), make(3)
print(d(5), t(5), d.__closure__[0].cell_contents)
def counter():
    c = 0
    def get(): return c
    def set_(v):
        nonlocal c
        c = v
    return get, set_
g, s = counter(); s(42); print(g())
