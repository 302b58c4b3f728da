# features: [misc]
# stages: [run]
print(None, type(None).__name__, None is None, None == 0, bool(None), repr(None))
print(..., Ellipsis is ..., type(...).__name__, repr(NotImplemented), type(NotImplemented).__name__)
print((lambda: None)() is None)
try:
    None.foo
except AttributeError as e:
    print(e)
