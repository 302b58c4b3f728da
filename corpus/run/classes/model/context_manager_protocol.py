# features: [classes]
# stages: [run]
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print('enter', self.name); return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('s', True):
    raise ValueError('swallowed')
try:
    with CM('o'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', e)
def f():
    with CM('ret'):
        return 'returned'
print(f())
try:
    with 5:
        pass
except TypeError as e:
    print(e)
