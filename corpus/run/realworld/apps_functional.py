# features: [realworld, stdlib-functools, decorators]
# stages: [run]
# flags: [needs-stdlib]
import functools, operator
from functools import reduce, partial, wraps, singledispatch, cached_property, lru_cache

def trace(prefix="call"):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kw):
            print(f"{prefix}: {fn.__name__}{args}{kw if kw else ''}")
            r = fn(*args, **kw)
            print(f"{prefix}: -> {r!r}")
            return r
        return wrapper
    return deco

@trace("T")
def add(a, b=1):
    "Add numbers."
    return a + b
add(2); add(2, b=5)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
pow2 = partial(pow, 2)
print(pow2(10), pow2, partial(int, base=16)("ff"))
base = partial(print, sep="|")
base("a", "b", "c")

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)
@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"
print(describe(3), describe([1, "a", 2.5]), describe(1j), describe(None), describe(True))
print(sorted(describe.registry.keys(), key=lambda t: t.__name__))

class Data:
    def __init__(self, xs): self.xs = xs
    @cached_property
    def stats(self):
        print("computing...")
        return min(self.xs), max(self.xs), sum(self.xs) / len(self.xs)
d = Data([3, 1, 4, 1, 5])
print(d.stats); print(d.stats); del d.stats; print(d.stats)

@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@functools.cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(20))
def compose(*fs):
    return reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")))
print(pipeline("  Hello Big World "))
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), operator.attrgetter("real", "imag")(3 + 4j))
print(operator.methodcaller("split", ",")("a,b,c"))
print(type(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))).__name__)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
class P:
    @functools.partialmethod
    def m(self, x): return x
    def _set(self, state, v): return f"{state}:{v}"
    on = functools.partialmethod(_set, "on")
print(P().on(3))
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
