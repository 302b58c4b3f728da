# features: [scoping, functions]
# stages: [run]
def f(a, b=2, *c, d, e=5, **g):
    'doc string'
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
f.custom = 'attr'
print(f.custom, f.__dict__, f.__module__, callable(f))
def g(): pass
print(g.__doc__, g.__defaults__, g(), (lambda: 0).__name__)
