# features: [benchmark, copy, pickle, realworld]
# stages: [run]
# flags: [needs-stdlib]
# deepcopy and pure-Python pickle benchmarks over nested data and instances.
import copy
import pickle
import io
from dataclasses import dataclass, field


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node" = None


a = {"list": [1, 2, 3, 43], "t": (1, 2, 3), "str": "hello", "subdict": {"a": True}}
dc = A("hello", [1, 2, 3], True)
for _ in range(200):
    x = copy.deepcopy(a)
    y = copy.deepcopy(dc)
print(x, y, x == a and x is not a, y.lst is not dc.lst)
root = Node("root")
for i in range(3):
    c = Node("c%d" % i, parent=root)
    root.children.append(c)
    c.children.append(Node("leaf%d" % i, parent=c))
r2 = copy.deepcopy(root)
print(r2.children[1].parent is r2, r2.children[2].children[0].name, copy.copy(root).children is root.children)
memo = {}
lst = [1, [2, 3]]
lst.append(lst)
cp = copy.deepcopy(lst, memo)
print(cp[2] is cp, len(memo) > 0)


class Custom:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        return Custom(self.v * 2)

    def __reduce__(self):
        return (Custom, (self.v + 1,))


print(copy.deepcopy(Custom(5)).v, copy.copy(Custom(5)).v, pickle.loads(pickle.dumps(Custom(1))).v)
DATA = [{"id": i, "name": "item%d" % i, "tags": ("a", "b"), "price": i * 1.25, "nested": {"x": [i] * 3}} for i in range(50)]
for proto in (0, 2, 4, 5):
    blob = pickle.dumps(DATA, protocol=proto)
    back = pickle.loads(blob)
    print(proto, len(blob), back == DATA)
buf = io.BytesIO()
p = pickle._Pickler(buf, protocol=3)
p.dump(root)
print(len(buf.getvalue()), pickle._loads(buf.getvalue()).children[0].name)
print(pickle.dumps((1, "a", None), protocol=2))
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
