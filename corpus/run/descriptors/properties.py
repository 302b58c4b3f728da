# features: [descriptors, property, classmethod, staticmethod, getattr-hooks]
# stages: [run]
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")
t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c)
del t.fahrenheit
class RO:
    @property
    def value(self):
        return 1
try:
    RO().value = 2
except AttributeError as e:
    print("AttributeError:", e)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
d = Dynamic()
print(d.xyz, getattr(d, "nope", "dflt"))
d.a = 5
print(d.a, d.__dict__)

class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
l = Logged()
l.other = 3
print(l.secret, l.other)

class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x + 1
Counter.make(); Counter.make()
print(Counter.count, Counter.helper(1), Counter().helper(2))
class Sub(Counter):
    pass
Sub.make()
print(Sub.count, Counter.count)
