# features: [realworld, stdlib-pprint]
# stages: [run]
# flags: [needs-stdlib]
import pprint, reprlib
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field

data = {"users": [{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"score": i * 1.5, "tags": list("abc")[:i]}} for i in range(4)],
        "config": {"debug": True, "level": None, "paths": ("/usr/bin", "/usr/local/bin", "/opt/tools/bin"), "limits": {"cpu": 4, "mem": 2**33}},
        "matrix": [[i * j for j in range(8)] for i in range(5)], "empty": {}, "set": {3, 1, 2}, "fs": frozenset({"x"})}
pprint.pprint(data)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data, depth=2)
pprint.pprint(data["users"][1], sort_dicts=False)
print(pprint.pformat(list(range(40)), width=60))
print(pprint.pformat("a long string " * 10, width=40))
print(pprint.pformat(b"bytes " * 12, width=30))
pprint.pprint(OrderedDict([("z", 1), ("a", [1, 2])]))
pprint.pprint(defaultdict(list, {"k": [1] * 30}))
pprint.pprint(Counter("abracadabra"))
pprint.pprint(deque(range(30), maxlen=40))
@dataclass
class Config:
    name: str
    values: list = field(default_factory=lambda: list(range(25)))
    nested: dict = field(default_factory=lambda: {"a": {"b": {"c": [1, 2, 3]}}})
pprint.pprint(Config("test"))
pprint.pprint(Config("x"), width=40)
rec = [1, 2]; rec.append(rec); print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.saferepr([1, 'a']))
pp = pprint.PrettyPrinter(indent=4, width=50)
pp.pprint(data["config"])
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(20))))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr([[1, [2, [3, [4, [5]]]]]]))
class Tree:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    @reprlib.recursive_repr()
    def __repr__(self): return f"Tree({self.v}, {self.kids})"
t = Tree(1, [Tree(2)]); t.kids.append(t); print(t)
