# features: [generators, send, throw, close, yield-from]
# stages: [run]
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"

g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def delegate():
    r = yield from gen(2)
    print("delegate got", r)
    yield "last"
print(list(delegate()))

def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("cleanup")
c = catcher()
print(next(c), c.throw(ValueError("boom")))
c.close()

def infinite():
    i = 0
    while True:
        yield i
        i += 1
it = infinite()
print([next(it) for _ in range(5)])
print(sum(x * x for x in range(100) if x % 3 == 0))
pipeline = (s.upper() for s in (w for w in "a bb ccc".split()) if len(s) > 1)
print(list(pipeline))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import_free = [x for _, x in zip(range(15), fib())]
print(import_free)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
