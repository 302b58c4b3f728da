# features: [realworld, stdlib-copy, stdlib-pickle]
# stages: [run]
# flags: [needs-stdlib]
import copy, pickle, pickletools, io

class Node:
    def __init__(self, name, children=None):
        self.name = name; self.children = children or []; self.parent = None
        for c in self.children: c.parent = self
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
class Tracked:
    copies = 0
    def __init__(self, v): self.v = v
    def __copy__(self):
        Tracked.copies += 1; return Tracked(self.v)
    def __deepcopy__(self, memo):
        Tracked.copies += 10; return Tracked(copy.deepcopy(self.v, memo))
    def __repr__(self): return f"Tracked({self.v!r})"
root = Node("root", [Node("a"), Node("b", [Node("c")])])
r2 = copy.deepcopy(root)
print(r2, r2.children[1].children[0].parent.name, r2.children[0].parent is r2, r2 is root)
shallow = copy.copy(root); print(shallow.children is root.children)
lst = [1, [2, 3]]; lst.append(lst)
c = copy.deepcopy(lst); print(c[2] is c, c[1] is lst[1])
t = Tracked([1, 2]); copy.copy(t); d = copy.deepcopy({"k": t}); print(d, Tracked.copies, d["k"].v is t.v)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
s2 = copy.deepcopy(Slotted()); print(s2.a, s2.b)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Point({self.x}, {self.y})"
class Custom:
    def __init__(self, v): self.v = v; self.cache = "expensive"
    def __getstate__(self):
        st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = "rebuilt"
class Reduced:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (Reduced, (self.a, self.b))
    def __repr__(self): return f"Reduced({self.a}, {self.b})"
data = {"int": 7, "big": 2**70, "neg": -300, "float": 1.5, "str": "héllo", "bytes": b"\x00\xff", "list": [1, 2],
        "tuple": (1, "a"), "set": {3}, "fs": frozenset({4}), "none": None, "bool": [True, False],
        "nested": {"p": Point(1, 2)}, "ba": bytearray(b"ab"), "cplx": 1+2j}
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print(proto, back == data, len(blob) > 0)
for proto in range(6):
    print(proto, pickle.dumps([1, "ab", (2.5, None)], protocol=proto))
print(pickle.dumps(Point(1, 2), protocol=2))
c2 = pickle.loads(pickle.dumps(Custom(5))); print(c2.v, c2.cache)
print(pickle.loads(pickle.dumps(Reduced(1, [2]))))
lst = [1]; lst.append(lst); r = pickle.loads(pickle.dumps(lst)); print(r[1] is r)
buf = io.BytesIO(); pickle.dump({"a": 1}, buf, protocol=4); buf.seek(0); print(pickle.load(buf))
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
out = io.StringIO()
pickletools.dis(pickle.dumps((1, "x"), protocol=2), out)
print(out.getvalue())
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
