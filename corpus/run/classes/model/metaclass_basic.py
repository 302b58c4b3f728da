# features: [classes]
# stages: [run]
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta, tag='t1'):
    def m(self): pass
class B(A): pass
print(A.tag, B.tag, type(B).__name__)
b = B()
print(type(b).__name__)
