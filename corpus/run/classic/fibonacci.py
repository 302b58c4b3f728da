# features: [classic, recursion, memoization, big-ints]
# stages: [run]
def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib_rec(i) for i in range(15)], fib_memo(90), fib_iter(200))
print(all(fib_iter(i) == fib_memo(i) for i in range(90)))
