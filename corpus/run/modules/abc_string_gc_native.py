# features: [abc, string, gc]
# stages: [run]
import _abc, _string, gc
from _abc import _abc_init, _abc_register, _abc_instancecheck, _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches, get_cache_token

def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f

class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls
    def register(cls, subclass):
        return _abc_register(cls, subclass)
    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)
    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
    def other(self): ...

class Half(Base):
    def run(self): return 1

class Full(Half):
    def stop(self): return 2

print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(Full().run(), isinstance(Full(), Base), issubclass(Full, Base), issubclass(int, Base), isinstance(3, Base))
tok = get_cache_token()
print(Base.register(int) is int, issubclass(int, Base), isinstance(5, Base), issubclass(bool, Base), get_cache_token() - tok)
print(Base.register(Full) is Full, get_cache_token() - tok)
reg, cache, neg, ver = _get_dump(Base)
print(len(reg), len(cache), len(neg), type(ver).__name__)
_reset_caches(Base); print([len(x) for x in _get_dump(Base)[:3]])
_reset_registry(Base); print(len(_get_dump(Base)[0]), issubclass(str, Base))

class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): ...
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
class BadHook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
for fn in (lambda: issubclass(int, BadHook), lambda: Base.register(3), lambda: issubclass(3, Base), lambda: Half.register(Base), lambda: _abc_subclasscheck(int, int)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

class SeqABC(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5
class MapABC(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6
class MySeq(SeqABC):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i * 10
class Plain:
    def __len__(self): return 1
    def __getitem__(self, i):
        if i >= 1: raise IndexError(i)
        return 'p'
SeqABC.register(Plain)
class MyMap(MapABC):
    def __getitem__(self, k): return k.upper()
    def get(self, k, d=None): return k.upper()
    def keys(self): return ['a']
    def __len__(self): return 1
print('__abc_tpflags__' in SeqABC.__dict__)
for subject in (MySeq(), Plain(), MyMap(), 'str', [1, 2]):
    match subject:
        case [a, b]:
            print('seq2', a, b)
        case [x]:
            print('seq1', x)
        case {'a': v}:
            print('map', v)
        case _:
            print('other', type(subject).__name__)

print(list(_string.formatter_parser('a{0!r:>5}b{x.y[0]}{{}}c{}d{:{w}.{p}}')))
print(list(_string.formatter_parser('')), list(_string.formatter_parser('plain')), list(_string.formatter_parser('{a!s}')))
first, rest = _string.formatter_field_name_split('a.b[0].c[key]')
print(first, list(rest), type(rest).__name__)
first, rest = _string.formatter_field_name_split('12[3]')
print(first, list(rest))
for bad in ['{', '}', 'a}b', '{0!}', '{0!rr}', '{0:{', '{a{b}', 'x{0', '{!']:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print(repr(bad), e)
for bad in ['a[0', 'a.', 'a[0]x', 'a..b']:
    try:
        print(list(_string.formatter_field_name_split(bad)[1]))
    except ValueError as e:
        print(repr(bad), e)

print(gc.isenabled(), gc.get_threshold(), gc.get_debug(), gc.DEBUG_LEAK, gc.garbage, gc.callbacks)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info['generation'])))
gc.collect(); gc.collect(1); gc.callbacks.clear()
print(events, len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked(()), gc.is_tracked((1,)), gc.is_tracked(Full()), gc.is_tracked(object()))
print(gc.get_referents([1, 2], (3,)), gc.get_freeze_count(), gc.is_finalized(Full()))
for fn in (lambda: gc.collect(3), lambda: gc.set_threshold(), lambda: gc.get_objects(generation=7), lambda: gc.enable(1)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
