# features: [tracebacks, uncaught-exception]
# stages: [run]
def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def boom(x):
    return x.nothing
boom(1)
