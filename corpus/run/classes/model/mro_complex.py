# features: [classes]
# stages: [run]
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in B.__mro__], [k.__name__ for k in C.__bases__])
print(issubclass(A, O), A.__base__.__name__)
