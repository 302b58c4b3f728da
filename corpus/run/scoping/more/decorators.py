# features: [scoping, functions]
# stages: [run]
def trace(fn):
    def wrapper(*args, **kw):
        print('call', fn.__name__, args, kw)
        r = fn(*args, **kw)
        print('ret', r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
def add(a, b=1):
    return a + b
@times(3)
def hi(x):
    return 'hi ' + x
add(2, b=5); print(hi('you'), add.__name__)
