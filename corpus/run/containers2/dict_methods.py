# features: [dict, dict-methods, views, comprehension]
# stages: [run]
inventory = {"apples": 3, "pears": 0, "plums": 7}
inventory.update([("kiwis", 2)], plums=8)
print(inventory, inventory.keys(), inventory.values(), inventory.items())
print(sorted(inventory, key=inventory.get, reverse=True), max(inventory.items(), key=lambda kv: kv[1]))
print({k: v for k, v in inventory.items() if v}, {v: k for k, v in inventory.items()})
print(inventory.setdefault("figs", 1), inventory.pop("pears"), inventory.pop("nope", "dflt"), "pears" in inventory)
copy = inventory.copy(); copy["apples"] = 100
print(inventory["apples"], copy["apples"], copy == inventory, dict(copy) == copy)
keys = inventory.keys()
inventory["new"] = 0
print(len(keys), "new" in keys, list(keys)[-1], keys & {"new", "zzz"}, keys - {"new"})
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested.get("a", {}).get("x", "missing"))
counts = dict.fromkeys("abc", 0)
for ch in "abcabca":
    counts[ch] += 1
print(counts, list(zip(counts, counts.values())), dict(sorted(counts.items(), key=lambda kv: -kv[1])))
d = {}
d[1], d[2] = "one", "two"
print(d, d.popitem(), d, bool({}), {} == dict(), len({1: 1, 1.0: 2}))
try:
    inventory["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
