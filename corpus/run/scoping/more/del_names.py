# features: [scoping, functions]
# stages: [run]
a = 1
del a
try:
    a
except NameError as e:
    print(e)
def f():
    b = 1
    del b
    try:
        return b
    except UnboundLocalError as e:
        return str(e)
print(f())
l = [1, 2, 3, 4]
del l[1], l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
