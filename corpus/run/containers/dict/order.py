# features: [dict, dict-order]
# stages: [run]
d = {}
for i, w in enumerate('the quick brown fox jumps over the lazy dog'.split()):
    d[w] = d.get(w, 0) + i
print(d)
for w in ['quick', 'fox']:
    del d[w]
d['quick'] = 1
print(d, list(d.items())[-2:])
print({**d, 'the': 'x'}, dict(sorted(d.items())), {1: 1, 1.0: 2, True: 3})
