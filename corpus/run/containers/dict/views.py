# features: [dict, dict-views]
# stages: [run]
d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
d[4] = 'd'
print(k, v, it, len(k), 2 in k, 'b' in v, (3, 'c') in it)
print(k & {2, 3, 9}, k | {9}, k - {1}, k ^ {1, 7}, it & {(1, 'a')}, list(reversed(k)), list(reversed(it)))
print(k == {1, 2, 3, 4}, k.isdisjoint([9]), sorted(v))
try:
    for x in d:
        d[x + 10] = 0
except RuntimeError as e:
    print(e)
