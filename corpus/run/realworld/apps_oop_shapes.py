# features: [realworld, classes, inheritance, stdlib-abc]
# stages: [run]
# flags: [needs-stdlib]
import math
from abc import ABC, abstractmethod

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name; Shape.count += 1
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def __str__(self):
        return f"{self.name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"
    def __lt__(self, other): return self.area() < other.area()
    @classmethod
    def instances(cls): return cls.count

class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle"); self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    def __repr__(self): return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h, name="Rectangle"):
        super().__init__(name); self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    def __repr__(self): return f"{type(self).__name__}({self.w}, {self.h})"

class Square(Rect):
    def __init__(self, s): super().__init__(s, s, "Square")

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides: {a}, {b}, {c}")
        super().__init__("Triangle"); self.sides = (a, b, c)
    def perimeter(self): return sum(self.sides)
    def __repr__(self): return "Triangle%r" % (self.sides,)
    def area(self):
        s = self.perimeter() / 2; a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

shapes = [Circle(1.5), Rect(2, 3.5), Square(2), Triangle(3, 4, 5)]
for s in shapes: print(s)
print(sorted(shapes), max(shapes), Shape.instances())
print([type(s).__mro__[1].__name__ for s in shapes], isinstance(shapes[2], Rect), issubclass(Square, Shape))
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
try:
    Shape("x")
except TypeError as e:
    print(e)
class Partial(Shape):
    def area(self): return 0
try:
    Partial("p")
except TypeError as e:
    print(e)
print(Square.__mro__)
print(Circle.__dict__.keys() - {"__module__", "__doc__"} if False else sorted(k for k in Circle.__dict__ if not k.startswith("__")))
print(f"{sum(s.area() for s in shapes):.3f}", vars(Square(3)))
class Meta(type):
    registry = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls
class Plugin(metaclass=Meta): pass
class CsvPlugin(Plugin, tag="csv"): pass
class JsonPlugin(Plugin): pass
print(sorted(Meta.registry), CsvPlugin.tag, JsonPlugin.tag, type(CsvPlugin).__name__)
class Base:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw); cls.prefix = prefix
class Child(Base, prefix="c_"): pass
print(Child.prefix)
class Temp:
    def __init__(self): self._c = 0
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self): print("deleting"); self._c = 0
t = Temp(); t.f = 212; print(t._c, t.f); del t.f; print(t.f)
try:
    Temp.f.fset = None
except AttributeError as e:
    print("AttributeError:", e)
