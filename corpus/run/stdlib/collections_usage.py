# features: [collections, stdlib]
# stages: [run]
# flags: [needs-stdlib]
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap, UserDict, UserList
import collections.abc as cabc

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), Point.x.__doc__)
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError', e)
Emp = namedtuple('Emp', ['name', 'dept', 'salary'], defaults=[0])
print(Emp('ann', 'eng'), Emp._field_defaults, isinstance(p, tuple))

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements())[:5], c.total())
c.update(['a', 'z']); c.subtract({'b': 5}); print(c, +c, c - Counter('aa'), c & Counter('aaz'), c | Counter('zzz'))
print(Counter(cats=4, dogs=8) + Counter(cats=1))

dq = deque(maxlen=3)
for i in range(6):
    dq.append(i)
print(dq, dq.maxlen, list(reversed(dq)), isinstance(dq, cabc.MutableSequence))

dd = defaultdict(list)
for word in 'one two three four five six'.split():
    dd[len(word)].append(word)
print(dict(dd), dd[9], isinstance(dd, cabc.MutableMapping))

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False); print(list(od), od.popitem(), od.popitem(last=False), od)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4}))
class UD(UserDict):
    def __missing__(self, key):
        return key * 2
print(UD(a=1)['zz'], UserList([3, 1, 2]).__class__.__name__, sorted(UserList([3, 1, 2])))

print(issubclass(list, cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(str, cabc.Hashable), isinstance(3, cabc.Iterable))
class MySeq(cabc.Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = MySeq(4)
print(list(s), s.index(9), s.count(4), 9 in s, list(reversed(s)))
match s:
    case [a, b, *rest]:
        print('matched', a, b, rest)
try:
    cabc.Sequence()
except TypeError as e:
    print('TypeError', e)
