# features: [builtins, callable_id]
# stages: [run]
class K:
    def __call__(self): return 'called'
print(callable(len), callable(K), callable(K()), callable(1), callable(lambda: 0), K()())
a = [1]; b = a
print(id(a) == id(b), id(a) == id([1]), a is b)
