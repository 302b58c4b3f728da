# features: [dict, set, ordering]
# stages: [run]
d = {}
for i in range(1000):
    d[i * 7 % 1009] = i
print(len(d), list(d)[:10], list(d)[-5:], sum(d.values()))
for i in range(0, 1000, 2):
    del d[i * 7 % 1009]
print(len(d), list(d)[:10])
s = set()
for i in range(500):
    s.add(str(i * i))
print(len(s), list(s)[:8])
