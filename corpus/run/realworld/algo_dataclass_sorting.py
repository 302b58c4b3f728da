# features: [dataclasses, sorting, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Dataclass records: ordering, key functions, operator.attrgetter, grouping and summaries.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, InitVar
from operator import attrgetter, itemgetter
from itertools import groupby
from typing import List, Optional
import functools


@dataclass(order=True)
class Employee:
    sort_index: tuple = field(init=False, repr=False)
    dept: str
    name: str
    salary: int
    manager: Optional[str] = None
    skills: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_index = (self.dept, -self.salary)


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0

    def __post_init__(self, factor):
        self.value *= factor


staff = [Employee("eng", "ann", 120), Employee("ops", "bob", 90, "ann"), Employee("eng", "cid", 150, skills=["go"]),
         Employee("ops", "dee", 95), Employee("eng", "eve", 120, "cid", ["py", "c"])]
for e in sorted(staff):
    print(e)
print([e.name for e in sorted(staff, key=attrgetter("salary", "name"), reverse=True)])
for dept, group in groupby(sorted(staff, key=attrgetter("dept")), key=attrgetter("dept")):
    g = list(group)
    print(dept, len(g), sum(e.salary for e in g), max(g, key=attrgetter("salary")).name)
print(asdict(staff[4]), astuple(Point(1, 2)), [f.name for f in fields(Employee)])
pts = [Point(3, 4), Point(0, 0), Point(1, 1)]
origin = Point(0, 0)
print(sorted(pts, key=origin.dist), {Point(1, 1), Point(1, 1)}, replace(pts[0], y=0))
print(Scaled(2.0, 3.0), Scaled(5))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=functools.cmp_to_key(lambda p, q: (p[1] > q[1]) - (p[1] < q[1]))))
print(Employee.__eq__(staff[0], staff[0]), staff[0] < staff[1], Point.__hash__ is not None)
try:
    Employee("x")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
