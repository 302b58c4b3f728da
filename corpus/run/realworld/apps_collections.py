# features: [realworld, stdlib-collections]
# stages: [run]
# flags: [needs-stdlib]
from collections import deque, ChainMap, defaultdict, namedtuple, OrderedDict, Counter, UserDict, UserList
import json

d = deque(range(1, 8), maxlen=7)
d.rotate(2); print(d); d.rotate(-3); print(d)
d.append(99); print(d, d.maxlen); d.appendleft(0); print(d)
print(d.popleft(), d.pop(), d.index(4), d.count(4), 4 in d, d[2], d[-1])
d.extendleft([10, 20]); print(d); d.reverse(); print(d, list(reversed(d)))
window = deque(maxlen=3)
for x in [1, 2, 3, 4, 5]:
    window.append(x); print(sum(window) / len(window), end=" ")
print()
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm["color"] = "blue"; print(cli, cm.maps[2]["color"])
child = cm.new_child({"user": "root"}); print(child["user"], child.parents["user"], repr(ChainMap({1: 2})))
def tree(): return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1; t["a"]["x"] = 2; t["z"]
print(json.dumps(t, sort_keys=True))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory, defaultdict(int)["q"])
try:
    defaultdict()["nope"]
except KeyError as e:
    print("KeyError", e)
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict(), Point._make([3, 4]), P3(1, 2), P3._field_defaults)
print(p.x + p.y, p == (1, 2), hash(p) == hash((1, 2)), Point._fields, tuple(p))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "x def")
except ValueError as e:
    print(e)
R = namedtuple("R", "a a_ class", rename=True); print(R._fields)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ld = LowerDict(); ld["ABC"] = 1; ld.update({"Def": 2}); print(ld, ld.data, "abc" in ld)
class Stack(UserList):
    def push(self, x): self.append(x)
st = Stack([1]); st.push(2); print(st, st + [3], st * 2, type(st + [3]).__name__)
inv = Counter(apples=3, pears=0)
inv.update({"apples": 2, "kiwi": 1}); inv.subtract(["kiwi", "kiwi"])
print(inv, +inv, -inv, inv.most_common(1), sorted(inv.elements()))
print(Counter("mississippi").most_common(), Counter(a=1) == Counter(a=1, b=0))
