# features: [misc]
# stages: [run]
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
args = [1, 2]
kw = {'x': 1}
print(f(*args, 3, *args, **kw, y=2))
print(f(**{'a': 1}, **{'b': 2}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
print(*range(3), sep='|')
print([*'abc', *(1, 2)], {**{1: 2}, **{3: 4}})
