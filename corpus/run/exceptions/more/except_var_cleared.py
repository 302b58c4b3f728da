# features: [exceptions]
# stages: [run]
try:
    raise ValueError('x')
except ValueError as e:
    saved = e
try:
    e
except NameError as n:
    print(n)
print(saved)
def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    return 'e' in locals()
print(f())
