# features: [abc, stdlib]
# stages: [run]
# flags: [needs-stdlib]
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f'{self.name} with area {self.area()}'

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return 'square'

print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
class Partial(Shape):
    def area(self):
        return 0
try:
    Partial()
except TypeError as e:
    print('TypeError', e)

class Plugin(metaclass=ABCMeta):
    pass
tok = get_cache_token()
Plugin.register(int)
print(isinstance(3, Plugin), issubclass(bool, Plugin), issubclass(str, Plugin), get_cache_token() != tok)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, '__len__')
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance('x', Sized2))
print(type(Shape).__name__, ABC.__slots__, Shape._abc_impl.__class__.__name__)
