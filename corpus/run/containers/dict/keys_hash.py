# features: [dict, dict-keys_hash]
# stages: [run]
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 3
    def __eq__(self, o): return isinstance(o, K) and self.n == o.n
    def __repr__(self): return f'K{self.n}'
d = {K(i): i for i in range(7)}
print(d, d[K(4)], K(8) in d)
print({(1, 2): 'a', frozenset({1}): 'b', None: 'c', 2.5: 'd', -1: 'e'})
try:
    {{}: 1}
except TypeError as e:
    print(e)
