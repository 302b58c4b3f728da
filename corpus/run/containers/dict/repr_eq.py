# features: [dict, dict-repr_eq]
# stages: [run]
d = {'a': [1, {'b': (2, 3)}], 'c': None}
print(repr(d), str(d), d == {'c': None, 'a': [1, {'b': (2, 3)}]}, d != {})
r = {}; r['self'] = r; print(r)
print(dict(zip('ab', 'xy')), dict([('k', 'v')], k2=1), dict({'a': 1}))
try:
    {} < {}
except TypeError as e:
    print(e)
