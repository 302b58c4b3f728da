# features: [misc]
# stages: [run]
registry = {}
class Registered(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases: registry[name] = cls
    def __repr__(cls): return f'<class {cls.__name__} via meta>'
class Base(metaclass=Registered): pass
class One(Base): pass
class Two(Base): pass
print(registry, type(One).__name__, repr(Two))
