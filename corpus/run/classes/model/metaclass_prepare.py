# features: [classes]
# stages: [run]
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name)
        return {'injected': 1}
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith('__')]
class R(metaclass=OrderedMeta):
    b = 1
    a = 2
    def c(self): pass
print(R.fields, R.injected)
print(type(R), type(type), type.__class__, isinstance(R, type))
