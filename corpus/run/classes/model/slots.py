# features: [classes]
# stages: [run]
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1); print(p.x, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(2); q.z = 3; print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(0); r.w = 5; print(r.w, r.x, type(P.x).__name__)
