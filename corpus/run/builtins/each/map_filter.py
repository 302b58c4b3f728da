# features: [builtins, map_filter]
# stages: [run]
print(list(map(str.upper, 'abc')), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, '', 'a', None, []])), list(filter(str.isdigit, 'a1b2')))
m = map(int, ['1', 'x'])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
