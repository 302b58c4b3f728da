# features: [builtins, dir, vars]
# stages: [run]
class A:
    a = 1
    def f(self): pass
class B(A):
    b = 2
    def __init__(self): self.inst = 3
b = B()
print(sorted(vars(b)), [n for n in dir(b) if not n.startswith('_')], [n for n in dir(B) if not n.startswith('_')])
print(sorted(k for k in vars(B) if not k.startswith('__')), 'a' in vars(A), 'a' in vars(B))
class Custom:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(Custom()))
