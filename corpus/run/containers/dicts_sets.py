# features: [dict, set, frozenset, views, ordering]
# stages: [run]
d = {'b': 2, 'a': 1}
d['c'] = 3; d['b'] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d), 'a' in d)
print(d.get('x'), d.get('x', 0), d.setdefault('e', 5), d.pop('a'), d.popitem(), d)
d.update({'z': 26}, y=25); print(d)
print({k: v for k, v in zip("abc", range(3))}, dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0))
del d['z']; print(d, d | {'q': 1}, {**d, 'r': 2})
print(d.keys() & {'b', 'c'}, sorted(d.keys() | {'x'}))
s = {3, 1, 2}; s.add(10); s.discard(1)
print(s, len(s), 2 in s, s | {100}, s & {2, 3}, s - {2}, s ^ {3, 4})
print(set("hello"), frozenset([1, 2, 3]), {x % 5 for x in range(20)}, set(), frozenset())
words = set("the quick brown fox jumps over the lazy dog".split())
print(words)
print({1: 'a', True: 'b', 1.0: 'c'}, {(1, 2): 'tuple'}, {None: 0})
nums = set(range(0, 100, 7)); nums.remove(14); print(nums)
print(sorted({'x': 1, 'y': 2}.items(), key=lambda kv: -kv[1]))
try:
    {}['missing']
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
from_counts = {}
for ch in "mississippi":
    from_counts[ch] = from_counts.get(ch, 0) + 1
print(from_counts)
