# features: [import, stdlib-functools]
# stages: [run]
# flags: [needs-stdlib]
import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info().hits > 0)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
add5 = functools.partial(lambda a, b: a + b, 5)
print(add5(3))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
