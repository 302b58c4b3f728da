# features: [builtins, bool_conv]
# stages: [run]
for v in [0, 1, -1, 0.0, '', 'a', [], [0], {}, (), None, 0j, range(0), range(1), set(), frozenset([0])]:
    print(repr(v), bool(v))
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class Bad:
    def __bool__(self): return 1
print(bool(B()), bool(L()), not L(), bool(object()))
try:
    bool(Bad())
except TypeError as e:
    print(e)
