# features: [import, stdlib-collections]
# stages: [run]
# flags: [needs-stdlib]
from collections import OrderedDict, namedtuple, Counter, ChainMap
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
c = Counter("abracadabra")
print(c.most_common(2), c["z"])
print(ChainMap({"a": 1}, {"a": 2, "b": 3})["b"])
