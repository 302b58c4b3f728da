# features: [dunders, rich-comparison, NotImplemented]
# stages: [run]
class K:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        print('K.__le__', self.v, getattr(other, 'v', type(other).__name__))
        if isinstance(other, K):
            return self.v <= other.v
        return NotImplemented
    def __ge__(self, other):
        print('K.__ge__', self.v, getattr(other, 'v', type(other).__name__))
        return NotImplemented
class Sub(K):
    def __ge__(self, other):
        print('Sub.__ge__', self.v)
        return 'sub-wins'
print(K(1) <= K(2))
print(K(1) <= Sub(2))
print(Sub(1) <= K(2))
for f in (lambda: K(1) <= 5, lambda: 5 <= K(1), lambda: object() <= K(3), lambda: [1] <= (1,), lambda: 1 <= 'a'):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(sorted([K(3), K(1), K(2)], key=lambda k: k.v)[0].v)
