# features: [str, str-join, str-translate]
# stages: [run]
print('-'.join('abc'), ''.join([]), ', '.join(['x', 'y', 'z']), '|'.join(map(str, range(5))))
print('.'.join(x for x in 'hello' if x != 'l'))
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc'.translate(t))
t2 = str.maketrans({'a': 'AA', 'b': None, 'c': 100})
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans('ab', 'cd', 'xyz')
print('axbycz'.translate(t3))
print('hello'.translate({ord('l'): 'L'}))
print('{a}-{b}'.format_map({'a': 1, 'b': [2]}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} and {y}'.format_map(D(x=5)))
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
