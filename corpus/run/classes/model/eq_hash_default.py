# features: [classes]
# stages: [run]
class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, hash(a) == hash(a), A.__eq__ is object.__eq__)
class E:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
print(E(1) == E(1), E(1) != E(1), E.__hash__ is None)
class NE:
    def __ne__(self, o): return 'custom ne'
print(NE() != NE(), NE() == NE())
