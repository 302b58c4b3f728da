# features: [import, stdlib-dataclasses, stdlib-pprint, stdlib-inspect]
# stages: [run]
# flags: [needs-stdlib]
import ast, inspect, dataclasses, pprint
from dataclasses import dataclass, field
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
@dataclass(frozen=True)
class F:
    a: str
    b: float = 1.5
p = P(1, 2); q = P(1, 3, ['t'])
print(p, q, p == P(1, 2), p < q, sorted([q, p]))
f = F('z')
print(f, hash(f) == hash(F('z')), dataclasses.asdict(q), dataclasses.fields(F)[1].default)
try:
    f.a = 'w'
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(dataclasses.replace(f, b=2.0), dataclasses.astuple(p))
pprint.pprint({'a': [1, 2, {'b': list(range(30))}], 'c': ('x' * 40, 'y' * 40)})
print(pprint.pformat([[i] * 10 for i in range(5)], width=40))
def g(a, b=1, *c, d, **e): "doc"
print(inspect.signature(g), inspect.getdoc(g), inspect.isfunction(g))
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    weight: float = field(default=1.0, repr=False)
    def total(self) -> float:
        return self.weight + sum(c.total() for c in self.children)
root = Node("r", [Node("a"), Node("b", [Node("c", weight=2.5)])])
print(root, root.total(), dataclasses.is_dataclass(root), [f.name for f in dataclasses.fields(Node)])
pprint.pprint(dataclasses.asdict(root), width=50)
print(inspect.getmembers(F, inspect.isfunction)[0][0], inspect.getsource is not None)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4), WithPost.__init__.__annotations__ if hasattr(WithPost.__init__, '__annotations__') else None)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
