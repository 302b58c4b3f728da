# features: [benchmark, json, realworld]
# stages: [run]
# flags: [needs-stdlib]
# json_dumps / json_loads benchmarks plus a custom encoder round trip.
import json
import decimal
from collections import OrderedDict

EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo', 'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0], 'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)
cases = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE']

total = 0
for name in cases:
    obj, count = globals()[name]
    for _ in range(min(count, 50)):
        s = json.dumps(obj)
        total += len(s)
    back = json.loads(s)
    assert back == obj
    print(name, len(s), s[:60])
print("total", total)

print(json.dumps(NESTED_DATA, indent=2, sort_keys=True))
print(json.dumps(NESTED_DATA, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1.0, 1e20, 1.5e-7, float("inf"), -0.0, 10**20, None, "\x00\t\"\\/"]))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, decimal.Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


def hook(d):
    if "__decimal__" in d:
        return decimal.Decimal(d["__decimal__"])
    return d


data = {"price": decimal.Decimal("19.99"), "tags": {"b", "a", "c"}, "z": 1 + 2j, "n": [1, 2, {"x": None}]}
text = json.dumps(data, cls=Encoder, sort_keys=True)
print(text)
print(json.loads(text, object_hook=hook))
print(json.loads('{"b": 1, "a": [1, 2.5, "x"]}', object_pairs_hook=OrderedDict))
print(json.loads("[1.10, 2]", parse_float=decimal.Decimal, parse_int=float))
for bad in ['{"a": 1,}', '[1, 2', 'nul', '{"a" 1}', '"\\x"', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"a": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
json.loads("[1, 2, }")
