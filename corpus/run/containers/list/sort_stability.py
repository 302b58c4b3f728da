# features: [list, list-sort_stability]
# stages: [run]
import_free = [(i % 7, i) for i in range(60)]
print(sorted(import_free, key=lambda t: t[0]))
print(sorted(range(30), key=lambda x: -(x // 4)))
class R:
    def __init__(self, k, n): self.k, self.n = k, n
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f'{self.k}{self.n}'
print(sorted([R(i % 3, i) for i in range(15)]))
print(sorted([R(i % 3, i) for i in range(15)], reverse=True))
