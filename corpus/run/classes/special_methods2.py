# features: [data-model, inplace-operators, container-protocol, format]
# stages: [run]
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __reversed__(self):
        return iter(self.items[::-1])
    def __format__(self, spec):
        return f"Acc<{len(self)}:{spec}>"
    def __str__(self):
        return "Acc" + str(self.items)
    def __repr__(self):
        return f"Acc({self.items!r})"
a = Acc()
a += 1
a += "two"
a[0] = 10
print(a, repr(a), len(a), a[1], list(reversed(a)), f"{a:spec}", format(a), str(a), [a])
print(a[-1], a[:1], list(a), "two" in a)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v) + 0.5
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, n=None): return self.v
    def __repr__(self): return f"Num({self.v})"
n = Num(3)
print([10, 20, 30, 40][n], bin(n), int(n), float(n), abs(Num(-2)), round(n), "ab" * n, range(n))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
    __hash__ = None
print(Cmp(1) == 1, Cmp(1) != 2, Cmp(2) == Cmp(2))
try:
    hash(Cmp(1))
except TypeError as e:
    print("TypeError:", e)
