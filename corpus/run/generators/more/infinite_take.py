# features: [generators, coroutines]
# stages: [run]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
print(list(take(5, naturals())), list(take(3, (x * x for x in naturals()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
