# features: [misc]
# stages: [run]
class Meters(int):
    def __add__(self, o): return Meters(int(self) + int(o))
    def __repr__(self): return f'{int(self)}m'
m = Meters(5)
print(m + 3, 3 + m, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5), sorted([Meters(3), 1, Meters(2)]))
