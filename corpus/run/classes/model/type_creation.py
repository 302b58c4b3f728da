# features: [classes]
# stages: [run]
T = type('T', (object,), {'x': 1, 'hello': lambda self: 'hi ' + str(self.x)})
t = T()
print(T.__name__, t.x, t.hello(), T.__bases__, type(t) is T)
U = type('U', (T,), {})
print(U().hello(), U.__mro__[1].__name__)
print(type(1), type('a'), type(None), type(type))
