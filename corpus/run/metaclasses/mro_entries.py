# features: [class, pep560-mro-entries, bases-assignment]
# stages: [run]
class Base: pass
class Other: pass

class Entry:
    def __init__(self, *entries): self.entries = entries
    def __mro_entries__(self, bases):
        print("mro_entries called with", [type(b).__name__ for b in bases])
        return self.entries

class C(Entry(Base, Other), int):
    pass
print(C.__bases__, C.__orig_bases__[1] is int, type(C.__orig_bases__[0]).__name__)

class D(Entry()):
    pass
print(D.__bases__, len(D.__orig_bases__))

class E(Base):
    pass
print('__orig_bases__' in E.__dict__)

def func_base(): pass
func_base.__mro_entries__ = lambda bases: (Base,)
class F(func_base): pass
print(F.__mro__)

class Bad:
    def __mro_entries__(self, bases): return [Base]
try:
    class G(Bad()): pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("H", (Entry(Base),), {})
except TypeError as e:
    print("TypeError:", e)

import types
print(types.resolve_bases((Entry(Base, Other), int)))
print(types.new_class("N", (Entry(Base),)).__mro__)

class A1: pass
class A2: pass
class K(A1): pass
class KK(K): pass
K.__bases__ = (A2,)
print(K.__mro__, KK.__mro__, A2.__subclasses__(), A1.__subclasses__())
for bad in [(), [A1], (1,), (KK,)]:
    try:
        K.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
try:
    K.__bases__ = (int,)
except TypeError as e:
    print("TypeError:", e)
try:
    del K.__bases__
except TypeError as e:
    print("TypeError:", e)
class L(list): pass
class M(list): pass
class LL(L): pass
LL.__bases__ = (M,)
print(LL.__mro__, LL([1, 2]))
class S: __slots__ = ('a',)
for bad in [(list,), (S,), (object,)]:
    try:
        LL.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
