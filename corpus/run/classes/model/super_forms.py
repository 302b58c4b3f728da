# features: [classes]
# stages: [run]
class Base:
    def __init__(self, x):
        self.x = x
    @classmethod
    def make(cls):
        return cls.__name__
    def greet(self):
        return 'base'
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    @classmethod
    def make(cls):
        return 'child+' + super().make()
    def greet(self):
        return super(Child, self).greet() + '+child'
c = Child(1, 2)
print(c.x, c.y, Child.make(), c.greet(), super(Child, c).greet())
print(repr(super(Child, c))[:27])
