# features: [list, list-sort_compares]
# stages: [run]
calls = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
data = [C(v) for v in [5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10]]
out = sorted(data)
print([c.v for c in out])
print(len(calls), calls)
