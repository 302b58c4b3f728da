# features: [generators, yield-from-return, generator-expressions, close]
# stages: [run]
def inner():
    x = yield 1
    y = yield x * 2
    return x + y
def outer():
    result = yield from inner()
    yield f"result={result}"
g = outer()
print(next(g), g.send(10), g.send(5))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finalized")
g2 = gen_with_finally()
print(next(g2))
g2.close()
print("closed")
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield from tree(n - 1)
    yield f"node{n}"
    yield from tree(n - 1)
print(list(tree(2)))
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x for x in naturals() if x % 3 == 0))))
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__ if hasattr(gen, "__name__") else None)
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except GeneratorExit:
            print("exit with", received)
            raise
        received.append(v)
e = echo()
next(e); e.send("a"); e.send("b"); e.close()
def thrower():
    try:
        yield
    except KeyError as k:
        yield f"handled {k}"
t = thrower(); next(t)
print(t.throw(KeyError("kk")))
try:
    t.throw(ValueError("unhandled"))
except ValueError as ex:
    print("propagated", ex)
print(list(zip(naturals(), "abc")), dict(zip("xy", naturals())))
