# features: [multiple-inheritance, mro, super, diamond]
# stages: [run]
class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D" + super().who()
    def chain(self): return ["D"] + super().chain()
d = D()
print(d.who(), d.chain(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, d).who(), super(C, d).chain())
class Base:
    def __init__(self, **kw):
        self.base_kw = kw
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
class Both(Left, Right):
    pass
b = Both(left=1, right=2, extra=3)
print(b.left, b.right, b.base_kw)
class MyList(list):
    def total(self):
        return sum(self)
    def append(self, x):
        super().append(x * 10)
ml = MyList([1, 2])
ml.append(3)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list), ml[0], ml + [1])
class MyDict(dict):
    def __missing__(self, key):
        return f"missing:{key}"
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"), len(md))
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi.double(), mi + 1, type(mi + 1).__name__, repr(mi), mi == 21)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", len(MyStr("abc")))
class E(Exception):
    pass
class F(E):
    def __str__(self):
        return "custom F"
try:
    raise F("x")
except E as e:
    print(type(e).__name__, str(e), repr(e), e.args)
