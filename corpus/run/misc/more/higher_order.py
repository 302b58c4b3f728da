# features: [misc]
# stages: [run]
def apply_n(f, n, x):
    for _ in range(n): x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
def memo(f):
    cache = {}
    def g(n):
        if n not in cache: cache[n] = f(n)
        return cache[n]
    return g
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
