# features: [generators, coroutines]
# stages: [run]
def g():
    yield 1
    raise StopIteration('x')
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print('value', e.value, e.args)
