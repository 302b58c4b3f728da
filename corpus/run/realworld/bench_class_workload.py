# features: [benchmark, classes, descriptors, realworld]
# stages: [run]
# flags: [needs-stdlib]
# attrs-like class workload: validated fields via descriptors, __slots__, properties, __eq__/__hash__, sorting.
import functools


class Field:
    def __init__(self, kind, default=None, validator=None):
        self.kind, self.default, self.validator = kind, default, validator

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.validator and not self.validator(value):
            raise ValueError(f"invalid {self.name}: {value!r}")
        setattr(obj, self.private, value)


class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        return cls


@functools.total_ordering
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for f in self._fields:
            if f in kw:
                setattr(self, f, kw.pop(f))
        if kw:
            raise TypeError(f"unexpected fields: {sorted(kw)}")

    def astuple(self):
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __lt__(self, other):
        return self.astuple() < other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields))


class Product(Model):
    name = Field(str, "")
    price = Field(float, 0.0, lambda v: v >= 0)
    qty = Field(int, 0)

    @property
    def total(self):
        return round(self.price * self.qty, 2)


items = [Product(name="n%02d" % (i % 7), price=float(i % 5) + 0.5, qty=i % 3) for i in range(300)]
print(len(set(items)), sorted(set(items))[:3], max(items, key=lambda p: p.total))
print(sum(p.total for p in items), Product._fields, Product.name.private, Product(name="x") == Product(name="x"))
for bad in ({"price": "1"}, {"price": -1.0}, {"color": "red"}):
    try:
        Product(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


s = Slotted(1, 2)
print(s.a + s.b, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(Product).__name__, isinstance(Product.price, Field), Product.__mro__[1].__name__)
