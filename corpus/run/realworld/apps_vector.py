# features: [realworld, operator-overloading, classes]
# stages: [run]
import math
from functools import total_ordering

class Vector:
    __slots__ = ("_c",)
    def __init__(self, *c):
        self._c = tuple(float(x) for x in c)
    def __repr__(self): return f"Vector{self._c}"
    def __str__(self): return "(" + ", ".join(f"{x:g}" for x in self._c) + ")"
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice): return Vector(*self._c[i])
        return self._c[i]
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vector(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Vector): return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(*(a / k for a in self))
    def __matmul__(self, o): return self * o
    def __abs__(self): return math.hypot(*self)
    def __bool__(self): return any(self._c)
    def __eq__(self, o): return isinstance(o, Vector) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __format__(self, spec):
        if spec.endswith("p"):
            r = abs(self); th = math.atan2(self[1], self[0])
            return f"<{r:{spec[:-1]}}, {th:{spec[:-1]}}>"
        return "(" + ", ".join(format(x, spec) for x in self) + ")"
    def __iadd__(self, o):
        return self + o

@total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __repr__(self): return f"Money({self.cents // 100}.{self.cents % 100:02d})"
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __add__(self, o): return Money(self.cents + o.cents)

v, w = Vector(3, 4), Vector(1, -2)
print(v, w, repr(v), v + w, v - w, -v, v * 2, 2 * v, v / 2, v * w, v @ w)
print(abs(v), bool(Vector(0, 0)), len(v), v[0], v[-1], v[:1], list(v))
print(f"{v:.3f}", f"{v:.2fp}", format(w, "+.1e"))
u = v; u += w
print(u, v, u is v)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    1 - v
except TypeError as e:
    print(e)
print({v: 1, Vector(3, 4): 2})
ms = [Money(250), Money(99), Money(1000)]
print(sorted(ms), max(ms), Money(5) >= Money(5), Money(1) > Money(2), Money(3) <= Money(2))
print(sum(ms))
print(Vector(1, 2) == (1, 2), Vector(1, 2) != Vector(1, 2))
