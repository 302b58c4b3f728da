# features: [generators, coroutines]
# stages: [run]
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
print([(lambda: i)() for i in range(3)])
class C:
    v = 5
    items = [v * 2 for _ in range(2)] if False else None
print(C.items)
def f():
    y = 1
    return list(y + j for j in range(3))
print(f())
