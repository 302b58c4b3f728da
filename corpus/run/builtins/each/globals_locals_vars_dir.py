# features: [builtins, globals_locals_vars_dir]
# stages: [run]
g = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1), 'g' in globals(), globals()['g'], sorted(k for k in globals() if not k.startswith('__')))
class C:
    z = 1
    def m(self): pass
print([n for n in dir(C) if not n.startswith('__')], sorted(set(dir(C())) - set(dir(object)) - {'__dict__', '__weakref__', '__module__'}))
print('__builtins__' in globals(), __name__)
