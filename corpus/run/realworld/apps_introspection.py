# features: [realworld, stdlib-inspect, classes]
# stages: [run]
# flags: [needs-stdlib]
import inspect, weakref, gc

def greet(name: str, greeting: str = "Hello", *args, punct: str = "!", **kw) -> str:
    """Greet someone."""
    return f"{greeting}, {name}{punct}"
sig = inspect.signature(greet)
print(sig, list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
b = sig.bind("Ann", punct="?"); b.apply_defaults(); print(b.arguments, greet(*b.args, **b.kwargs))
try:
    sig.bind()
except TypeError as e:
    print(e)
print(inspect.getdoc(greet), inspect.isfunction(greet), inspect.ismethod(greet), inspect.isclass(int))
class Proxy:
    def __init__(self, target): self._target = target; self.calls = []
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*a, **k):
                self.calls.append(name); return attr(*a, **k)
            return wrapper
        return attr
p = Proxy([3, 1, 2]); p.append(0); p.sort(); print(p._target, p.calls)
try:
    p.nonexistent
except AttributeError as e:
    print(e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self): self.values = {}
print(Config() is Config(), type(Config).__name__)
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
pt = Pt(1, 2)
try:
    pt.z = 3
except AttributeError as e:
    print(e)
print([m for m in dir(pt) if not m.startswith("__")], getattr(pt, "x"), hasattr(pt, "z"))
class Obs:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obs({self.n})"
o = Obs(1); r = weakref.ref(o); print(r() is o)
cache = weakref.WeakValueDictionary(); cache["k"] = o; print(list(cache.keys()))
print(weakref.getweakrefcount(o), type(r).__name__)
class A:
    x = 1
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
print(sorted(k for k in vars(A) if not k.startswith("__")), inspect.getmembers(A, inspect.isfunction)[0][0])
print(type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__, type(A.__dict__["p"]).__name__, A.m.__qualname__)
print(inspect.getsource(greet).splitlines()[0])
print(callable(A), callable(A()), isinstance(A.c, type(A().m)), A.__name__, A.__module__)
def gen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.getgeneratorstate(gen()))
print(inspect.getfullargspec(greet).args, inspect.getfullargspec(greet).kwonlyargs)
frame = inspect.currentframe(); print(frame.f_code.co_name, inspect.getmodulename(__file__))
print(greet.__defaults__, greet.__kwdefaults__, greet.__code__.co_varnames[:3], greet.__code__.co_argcount)
