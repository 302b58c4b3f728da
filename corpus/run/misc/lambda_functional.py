# features: [lambdas, higher-order-functions, function-attributes]
# stages: [run]
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda *a, **k: (a, k))(1, b=2))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.calls = 0
    return wrapper
@deco
def greet(name, punct="!"):
    """Say hello."""
    return f"hello {name}{punct}"
print(greet("x"), greet.__name__, greet.calls)
def with_defaults(a, b=[]):
    b.append(a)
    return b
print(with_defaults(1), with_defaults(2), with_defaults.__defaults__)
def kwonly(*, key):
    return key
print(kwonly(key=3), kwonly.__kwdefaults__, greet.__doc__, (lambda: 0).__name__)
def counter_factory():
    count = [0]
    def counter():
        count[0] += 1
        return count[0]
    return counter
c = counter_factory()
print(c(), c(), c.__qualname__)
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hi(n):
    return n * "hi"
print(hi(2))
