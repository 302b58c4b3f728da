# features: [generators, coroutines]
# stages: [run]
def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None, type(it).__name__, it.__name__, it.__qualname__)
print(list(it), list(it))
print(it.gi_frame)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
