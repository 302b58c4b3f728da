# features: [classes]
# stages: [run]
class C:
    def m(self, x): return (self.tag, x)
    tag = 'c'
c = C()
bm = c.m
print(bm(1), bm.__self__ is c, bm.__func__ is C.m, C.m(c, 2), bm == c.m, bm is c.m)
f = C.m
print(f.__name__, type(bm).__name__, type(f).__name__)
c.m = lambda x: 'instance attr'
print(c.m(0))
print(repr(bm).startswith('<bound method C.m of'))
