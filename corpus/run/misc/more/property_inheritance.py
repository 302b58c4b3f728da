# features: [misc]
# stages: [run]
class A:
    @property
    def v(self): return 'A.v'
class B(A):
    @property
    def v(self): return 'B.v+' + super().v
class C(B):
    v = 'plain'
print(A().v, B().v, C().v)
class D(A):
    @A.v.getter
    def v(self): return 'D getter'
print(D().v, isinstance(A.v, property), A.v.fget.__name__)
