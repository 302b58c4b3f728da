# features: [import, stdlib-json]
# stages: [run]
# flags: [needs-stdlib]
import json
data = {"name": "caf\xe9", "n": [1, 2.5, None, True, False], "nested": {"a": [], "b": {}}}
text = json.dumps(data, sort_keys=True)
print(text)
print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
back = json.loads(text)
print(back == data, back["name"], type(back["n"][1]).__name__)
print(json.loads('"\\u20ac\\n"'), json.dumps("\u20ac\ud83d\ude00"))
print(json.dumps([1, 2], separators=(",", ":")), json.loads("[1e3, -0.5, 12345678901234567890]"))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"x": o.x}))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
