# features: [dunders, reflected-operators, NotImplemented]
# stages: [run]
class A:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        if isinstance(other, A):
            return A(('*', self.v, other.v))
        if isinstance(other, int):
            return ('A.mul', self.v, other)
        return NotImplemented
    def __rmul__(self, other):
        if isinstance(other, int):
            return ('A.rmul', other, self.v)
        return NotImplemented
    def __repr__(self):
        return f'A({self.v!r})'
class B(A):
    def __rmul__(self, other):
        return ('B.rmul', other, self.v)
class C:
    pass
print(A(1) * A(2))
print(A(1) * 3, 3 * A(1))
print(A(1) * B(2))
for f in (lambda: A(1) * 'x', lambda: 'x' * A(1), lambda: C() * C(), lambda: A(1) * None, lambda: C() * 1):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
x = A(5)
x *= 2
print(x)
y = C()
try:
    y *= 1
except TypeError as e:
    print('TypeError:', e)
class I:
    def __imul__(self, other):
        return 'inplace'
z = I()
z *= 0
print(z)
