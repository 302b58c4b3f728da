# features: [import, stdlib-pprint]
# stages: [run]
# flags: [needs-stdlib]
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass

data = {'zeta': [1, 2, 3], 'alpha': {'nested': tuple(range(12)), 'set': {3, 1, 2}}, 'mid': 'x' * 70}
pprint.pprint(data)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, depth=1)
print(pprint.pformat(list(range(40)), compact=True, width=50))
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(" with id")[0], pprint.isrecursive(r), pprint.isreadable([1, 'a']), pprint.isreadable(r))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint([{'k%d' % i: i * 'ab'} for i in range(4)])
pprint.pprint(OrderedDict([('b', 1), ('a', [2] * 20)]))
pprint.pprint(defaultdict(list, {'x': list(range(25))}))
pprint.pprint(Counter('abracadabra' * 5))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(frozenset(range(25)))
pprint.pprint(b'bytes' * 20)
pprint.pprint('word ' * 30)

@dataclass
class Point:
    x: int
    y: int
    label: str = ''
pprint.pprint([Point(i, i * i, 'p' * i) for i in range(4)], width=40)
