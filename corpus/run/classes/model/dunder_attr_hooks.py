# features: [classes]
# stages: [run]
class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(f'no {name}')
d = Dyn(); print(d.real, d.xyz, getattr(d, 'nope', 'default'))
class Log:
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print('set', name, v); object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print('del', name); object.__delattr__(self, name)
l = Log(); l.a = 1; print(l.a); del l.a
print(hasattr(l, 'a'))
