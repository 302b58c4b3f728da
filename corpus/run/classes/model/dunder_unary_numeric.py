# features: [classes]
# stages: [run]
class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 10)
    def __invert__(self): return N(~self.v)
    def __abs__(self): return N(abs(self.v))
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __complex__(self): return 1j
    def __repr__(self): return f'N({self.v})'
n = N(-4)
print(-n, +n, ~n, abs(n), int(n), float(n), complex(n), [0, 1, 2, 3][n], bin(n), 'ab'[N(1):] if False else 'ab'[1:])
try:
    -object()
except TypeError as e:
    print(e)
