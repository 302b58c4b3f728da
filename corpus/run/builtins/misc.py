# features: [builtins]
# stages: [run]
print(len("abc"), abs(-3), min(3, 1, 2), max([4, 9, 2]), min("abc", key=ord), max([], default=0), sum([1, 2, 3], 10))
print(any([0, 0, 1]), all([1, 1, 0]), sorted("bca"), list(range(10, 0, -3)), range(5)[2], range(0, 10, 2)[1:3])
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, int), callable(len), callable(3))
print(type(3), type("x"), type(None), type([]).__name__, type(type), repr(None), str(3.0))
print(hash("abc") == hash("abc"), id(1) == id(1), chr(65), ord("A"), divmod(17, 5), pow(2, 8))
print(getattr(3, "real"), hasattr([], "append"), getattr([], "nope", "default"), round(3.14159, 2))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate("xy")), list(iter([1, 2])), next(iter("z")))
print(format(3.14159, ".2f"), format(42, "x"), format("s", ">3"), bin(10), repr([1, "a"]), ascii("ñ"))
print(sorted(set([3, 1, 2])), tuple([1, 2]), list((1, 2)), str(b"ab"), bytes([65, 66]), bytearray(b"xy"))
class C:
    def __init__(self):
        self.a = 1
print(vars(C()), [n for n in dir(C()) if not n.startswith("__")])
print(eval.__name__, print.__name__, len)
x = 10
def show():
    y = 5
    return sorted(locals().items())
print(show(), 'x' in globals())
print(int.__name__, list.append, [].append.__name__)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(slice(1, 5, 2), slice(None), (1, 2, 3)[slice(1, None)])
print(repr(...), NotImplemented, Ellipsis)
