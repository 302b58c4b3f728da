# features: [algorithms, functools, collections, realworld]
# stages: [run]
# flags: [needs-stdlib]
# LRU caches: functools.lru_cache statistics and a hand-written OrderedDict cache.
import functools
from collections import OrderedDict


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=32)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz.cache_info())


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            return old
        return None

    def __repr__(self):
        return "LRU(%d, %r)" % (self.capacity, list(self.data.items()))


c = LRU(3)
evicted = []
for k in "abcabdaecbf":
    if c.get(k) is None:
        e = c.put(k, k.upper())
        if e:
            evicted.append(e)
print(c, c.hits, c.misses, evicted)


@functools.lru_cache(maxsize=4, typed=True)
def square(x):
    return x * x


print([square(v) for v in (2, 2.0, 3, 2, 4, 5, 6, 2)], square.cache_info())
print(square.__wrapped__(9), square.__name__, functools.cache(lambda x: x)(3))


@functools.cache
def ways(n, coins=(1, 2, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways(250))
try:
    hash_me = functools.lru_cache()(lambda d: d)
    hash_me({})
except TypeError as e:
    print("TypeError:", e)
