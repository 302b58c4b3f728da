# features: [metaclasses, init-subclass, set-name, class-getitem]
# stages: [run]
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created_by_meta = True
        return obj

class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v

class Child(Base):
    pass

c = Child(5)
print(Registry.classes, type(Child).__name__, c.v, c.created_by_meta)

class Plugin:
    plugins = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.plugins.append((cls.__name__, key))

class A(Plugin, key="a"): pass
class B(Plugin, key="b"): pass
print(Plugin.plugins, A.key)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class Model:
    x = Field()
    y = Field()
m = Model()
m.x = 21
print(m.x, m.y, Model.x.name, type(Model.__dict__['y']).__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], list[int], dict[str, int])
Dyn = type("Dyn", (object,), {"f": lambda self: 42, "attr": 1})
print(Dyn().f(), Dyn.attr, Dyn.__name__, Dyn.__mro__)
class Multi(A, B): pass
print([k.__name__ for k in Multi.__mro__])
try:
    class Bad(A, Plugin, B): pass
    class Worse(Plugin, A): pass
except TypeError as e:
    print("TypeError:", e)
