# features: [classes]
# stages: [run]
class C:
    shared = []
    def __init__(self, v): self.v = v
    def add(self, x): self.shared.append(x)
a, b = C(1), C(2)
a.add(1); b.add(2)
print(C.shared, a.__dict__, C.__name__, C.__qualname__, C.__module__, a.__class__ is C)
C.new_attr = 'added'; print(b.new_attr)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__func__.__name__)
