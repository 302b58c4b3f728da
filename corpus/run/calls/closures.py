# features: [closures, cells, nonlocal]
# stages: [run]
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5))
adders = [lambda x, i=i: x + i for i in range(4)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(4)]
print([a(10) for a in late])

def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())

def make():
    fs = []
    for i in range(3):
        def g(i=i):
            def h():
                return i * 2
            return h
        fs.append(g())
    return [f() for f in fs]
print(make())
print(c.__closure__[0].cell_contents, c.__code__.co_freevars if hasattr(c.__code__, 'co_freevars') else None)
