# features: [builtins, repr_str]
# stages: [run]
class A:
    pass
class B:
    def __repr__(self): return 'B!'
class C:
    def __str__(self): return 'C-str'
print(str(B()), repr(B()), str(C()), repr(A()) .startswith('<__main__.A object at 0x'), str(1.0), repr('a\'b'), repr("a'b\"c"), str(b'x'), repr([B(), C().__str__()]))
print(repr(None), repr(...), repr(NotImplemented), repr(int), repr(len), str(type(None)), repr(object).__len__() > 0)
