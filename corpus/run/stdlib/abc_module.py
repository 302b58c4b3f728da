# features: [import, stdlib-abc]
# stages: [run]
# flags: [needs-stdlib]
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__))
