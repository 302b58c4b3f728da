# features: [realworld, dataclasses, stdlib-abc]
# stages: [run]
# flags: [needs-stdlib]
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from abc import ABC, abstractmethod
from typing import List, Optional
import functools

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = self.price * self.qty
    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"

@dataclass
class Warehouse:
    name: str
    items: dict = field(default_factory=dict)
    loc: Optional[Location] = None
    def add(self, item):
        self.items[item.name] = item
    def value(self):
        return round(sum(i.total for i in self.items.values()), 2)

class Report(ABC):
    @abstractmethod
    def render(self, wh): ...
    def __call__(self, wh):
        return self.render(wh)

class TextReport(Report):
    def render(self, wh):
        lines = [f"== {wh.name} =="]
        for it in sorted(wh.items.values(), reverse=True):
            lines.append(f"{it.name:<10}{it.qty:>5} x {it.price:>8.2f} = {it.total:>9.2f}")
        lines.append(f"{'TOTAL':<10}{'':>19}{wh.value():>10.2f}")
        return "\n".join(lines)

wh = Warehouse("Main", loc=Location(3))
for it in [Item("bolt", 0.1, 500, ["hw"]), Item("nut", 0.05, 800), Item("saw", 24.99, 3, ["tool"]), Item("drill", 89.5, 1)]:
    wh.add(it)
print(wh.items["bolt"])
print(TextReport()(wh))
print(asdict(wh.items["saw"]))
print(astuple(Location(1, "C")))
print(replace(wh.items["nut"], qty=10))
print([f.name for f in fields(Item)])
print(Item("a", 1.0) < Item("b", 2.0, 1), Item("a", 1.0) == Item("a", 1.0))
loc = Location(2)
try:
    loc.aisle = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(loc) == hash(Location(2)), loc)
try:
    Report()
except TypeError as e:
    print(e)
try:
    Item("x")
except TypeError as e:
    print(e)
print(wh)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
@dataclass(slots=True, kw_only=True)
class Cfg:
    host: str
    port: int = 80
c = Cfg(host="h")
print(c, Cfg.__slots__, hasattr(c, "__dict__"))
try:
    Cfg("h")
except TypeError as e:
    print(e)
