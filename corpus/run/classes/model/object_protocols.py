# features: [classes]
# stages: [run]
o = object()
print(type(o).__name__, o.__class__.__name__, object.__bases__, object.__mro__, hasattr(o, '__dict__'))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, int.__mro__, bool.__mro__, str.__mro__)
print(sorted(n for n in dir(object) if n in {'__eq__', '__hash__', '__repr__', '__init__', '__new__'}))
