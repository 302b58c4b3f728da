# features: [exceptions]
# stages: [run]
def f():
    f()
try:
    f()
except RecursionError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr', e)
