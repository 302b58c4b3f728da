# features: [misc]
# stages: [run]
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, x):
        self.v.append(x); return self
    def __add__(self, x):
        n = Acc(); n.v = self.v + [x]; return n
a = Acc(); b = a
a += 1; print(a is b, a.v)
a = a + 2; print(a is b, a.v, b.v)
