# features: [dict, insertion-order, deletion, resize]
# stages: [run]
d = {}
for i in range(20):
    d[f"k{i}"] = i
for i in range(0, 20, 3):
    del d[f"k{i}"]
d["k0"] = "back"
print(list(d.items()))
print(list(d)[:3], list(reversed(d))[:3], len(d))
e = dict.fromkeys(range(10))
e.pop(3); e[3] = "new"; e.popitem()
print(e)
s = set()
for i in range(50):
    s.add(i * 7 % 31)
for i in range(0, 50, 4):
    s.discard(i)
print(s, len(s))
words = {w: len(w) for w in "one two three four five six seven eight nine ten".split()}
print(words, sorted(words, key=words.get))
keys = {1.0: "float", 2: "int", "3": "str", (4,): "tuple", None: "none", frozenset({5}): "fs"}
print(keys, keys[1], keys[frozenset([5])])
print({-1, -2, 5, 2 ** 62, 1.5, -0.0, 0}, {"b", "a", "ab", "ba", "", "aa"})
