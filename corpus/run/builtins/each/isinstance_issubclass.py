# features: [builtins, isinstance_issubclass]
# stages: [run]
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance('a', (int, (str,))), issubclass(bool, int), issubclass(int, object), issubclass(list, (dict, list)))
class M(type):
    def __instancecheck__(cls, x): return x == 'magic'
    def __subclasscheck__(cls, c): return c is int
class Q(metaclass=M): pass
print(isinstance('magic', Q), isinstance(1, Q), issubclass(int, Q), issubclass(str, Q))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (1,))]:
    try:
        bad()
    except TypeError as e:
        print(e)
