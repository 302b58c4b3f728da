# features: [dict, dict-methods]
# stages: [run]
d = dict(a=1, b=2)
print(d.pop('a'), d.pop('x', None), d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), d.copy(), d | {'w': 0}, {'x': 9} | d)
d |= {'n': 1}; print(d)
for bad in [lambda: {}.popitem(), lambda: {}.pop('k'), lambda: d.update(5), lambda: d.update([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
d.clear(); print(d)
