# features: [realworld, stdlib-json]
# stages: [run]
# flags: [needs-stdlib]
import json
from collections import OrderedDict

doc = {"name": "Widget", "id": 1234, "price": 19.99, "tags": ["a", "b", "ü"],
       "dims": {"w": 1.5, "h": 2.0, "d": None}, "active": True, "ratio": 1e-7,
       "nested": [[1, 2], {"x": [], "y": {}}], "big": 10**20, "neg": -0.0}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent="\t", ensure_ascii=False, separators=(",", ": "))[:120])
print(json.dumps(doc, separators=(",", ":")))
back = json.loads(s)
print(back == doc, back["tags"][2])
print(json.loads('{"a": [1, 2.5, "x\\u00e9\\n"], "b": null, "c": true}'))
print(json.loads('[1, 2]', parse_int=str), json.loads('1.5', parse_float=lambda x: "F" + x))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.dumps(float("inf")), json.dumps([float("nan")]))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'tru', '"abc', '', '[1] x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e} (pos={e.pos}, line={e.lineno}, col={e.colno})")
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point): return {"__point__": [o.x, o.y]}
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, cls=Enc))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
def hook(d):
    if "__point__" in d: return Point(*d["__point__"])
    return d
p = json.loads('{"q": {"__point__": [5, 6]}}', object_hook=hook)["q"]
print(type(p).__name__, p.x, p.y)
print(json.dumps("\u2603 \x00 \"q\" \\"), json.dumps("\u2603", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps([1, [2, [3, []]]], indent=1))
