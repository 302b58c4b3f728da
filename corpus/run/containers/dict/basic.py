# features: [dict, dict-basic]
# stages: [run]
d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 10
print(d, len(d), list(d), list(d.values()), list(d.items()))
del d['a']; d['a'] = 0; print(d)
print(d.get('z'), d.get('z', 5), 'a' in d, d.setdefault('q', []), d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
