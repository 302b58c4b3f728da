# features: [classes, inheritance, super, properties]
# stages: [run]
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return super().speak() + " (woof)"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    @property
    def description(self):
        return f"{self.name} is {self.age}"
    @description.setter
    def description(self, v):
        self.name, age = v.split()
        self.age = int(age)
    @staticmethod
    def static(x):
        return x * 2
    @classmethod
    def create(cls, name):
        return cls(name, 0)

p = Puppy('rex', 1)
print(p, p.speak(), p.kind, p.description)
p.description = "fido 3"
print(p.description, Puppy.static(21), Puppy.create('bob'))
print(Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__, Puppy.__bases__)
print(sorted(k for k in vars(p)))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, 'y'))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
