# features: [functools, stdlib]
# stages: [run]
# flags: [needs-stdlib]
import functools
from functools import lru_cache, cache, partial, reduce, wraps, total_ordering, cmp_to_key, cached_property

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.cache_parameters())
fib.cache_clear(); print(fib.cache_info())

@lru_cache(maxsize=3)
def sq(x):
    print('compute', x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.__name__, sq.__wrapped__(7), type(sq).__name__)

@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())

@cache
def slow(a, b=2):
    return a ** b
print(slow(3), slow(3, b=2), slow(b=2, a=3), slow.cache_info())

class Node:
    @lru_cache(maxsize=8)
    def depth(self, n):
        return n + 1
print(Node().depth(4), Node.depth.cache_info().misses)

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(9), repr(square).startswith('functools.partial(<function power at'), square.func is power, square.keywords)
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(max, [3, 9, 2], 0))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x):
    "The doc."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1))
print(sorted(['banana', 'Apple', 'cherry'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r
c = Circle(2); print(c.area, c.area)

print(functools.partialmethod, functools.WRAPPER_ASSIGNMENTS)
