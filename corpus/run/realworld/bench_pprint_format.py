# features: [benchmark, pprint, realworld]
# stages: [run]
# flags: [needs-stdlib]
# pprint_format benchmark style: pformat of large nested data.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

printable = [('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 3
data = {"list": list(range(30)), "nested": {"a": [1, {"b": (2, 3, {"c": "d" * 30})}], "e": set(range(12))},
        "text": "lorem ipsum dolor sit amet " * 5, "bytes": b"\x00\x01abc" * 10, "frozen": frozenset({1, 2, 3})}
print(pprint.pformat(printable))
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, indent=4)
od = OrderedDict((str(i), i * i) for i in range(8))
dd = defaultdict(list, {"x": [1, 2], "y": list(range(20))})
pprint.pprint([od, dd, Counter("mississippi"), deque(range(25), maxlen=30)])
s = pprint.pformat([printable] * 20)
print(len(s), s.count("\n"))
print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr([1, 2, {"k": "v"}]))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).split(" with id=")[0], pprint.isrecursive(r))
pp = pprint.PrettyPrinter(width=20)
pp.pprint(list(range(12)))
pp.pprint("a long string that must be split across several lines by the printer")
print(pprint.pformat({i: "v" * i for i in range(10)}, width=50))
