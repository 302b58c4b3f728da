# features: [collections]
# stages: [run]
from _collections import deque, defaultdict, _count_elements, _tuplegetter

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([8, 9]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(100); print(d)
d.reverse(); print(d, d.count(1), d.index(2), 'a' in d, 'z' in d)
d.insert(2, 'X'); d.insert(-1, 'Y'); d.insert(100, 'Z'); d.insert(-100, 'W'); print(d)
d.remove('X'); del d[0]; d[1] = 'set'; print(d)
b = deque('abcdefg', maxlen=3); print(b, b.maxlen); b.append('h'); b.appendleft('z'); print(b)
b.extend(range(5)); print(b); b.extendleft('xy'); print(b)
print(deque(range(3)) + deque([9]), deque([1, 2]) * 3, 2 * deque('ab'), deque('abc', 2) * 2)
e = deque([1, 2]); e += [3]; e *= 2; print(e)
e.extend(e); print(e, len(e))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1, 0]), deque([2]) > deque([1, 9]), deque() == [])
print(list(reversed(deque(range(5)))), list(iter(deque('xyz'))), bool(deque()), bool(deque([0])))
r = deque([1]); r.append(r); print(r)
c = deque([1, 2], 5); cc = c.copy(); cc.append(3); print(c, cc, c.__copy__())
class Q(deque):
    pass
q = Q([1, 2], 4); print(q, type(q.copy()).__name__, type(q + q).__name__, q.__reduce__()[:2])
it = iter(deque(range(5))); next(it); print(it.__length_hint__(), list(it))
z = deque(range(4))
try:
    for x in z:
        z.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
z.clear(); print(z, len(z))

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['missing'], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict()), defaultdict(None, a=1))
print(dd | {'z': [0]}, {'y': 1} | defaultdict(int, x=2), type(dd.copy()).__name__, dd.copy() == dd)
dd2 = defaultdict(int); dd2 |= {'q': 5}; print(dd2, dd2.__reduce__()[:2])
rec = defaultdict(list); rec[1] = rec; print(rec)
class DD(defaultdict):
    pass
x = DD(lambda: 'default'); print(x['k'], type(x).__name__, isinstance(x, dict))
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 2; print(dict(nested['a']))
try:
    defaultdict()['nope']
except KeyError as ex:
    print('KeyError', ex)

m = {}; _count_elements(m, 'abracadabra'); print(m)
class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cm = Counting(); _count_elements(cm, 'aab'); print(cm)

class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
p = Point((3, 4)); print(p.x, p.y, Point.x, Point.x.__doc__, Point.__dict__['y'])
for attempt in (lambda: setattr(p, 'x', 1), lambda: delattr(p, 'y')):
    try:
        attempt()
    except AttributeError as ex:
        print('AttributeError', ex)

def err(fn):
    try:
        fn()
    except Exception as ex:
        print(type(ex).__name__, ex)
err(lambda: deque([], -1))
err(lambda: deque([], 'a'))
err(lambda: deque([1], x=1))
err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1]).index(5))
err(lambda: deque([1]).remove(5))
err(lambda: deque([1], 1).insert(0, 2))
err(lambda: deque([1])[3])
err(lambda: deque([1])['a'])
err(lambda: deque([1]) + [1])
err(lambda: deque() < [])
err(lambda: hash(deque()))
err(lambda: defaultdict(1))
err(lambda: defaultdict(list) | 1)
err(lambda: _count_elements(1, 'a'))
err(lambda: _tuplegetter(0, None).__get__([1]))
err(lambda: _tuplegetter(5, None).__get__((1,)))
