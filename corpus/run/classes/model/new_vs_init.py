# features: [classes]
# stages: [run]
class Single:
    _inst = None
    def __new__(cls, *a):
        print('new', a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init', v); self.v = v
x = Single(1); y = Single(2)
print(x is y, x.v)
class NotMine:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NotMine())
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
print(Pt(1, 2), Pt(1, 2)[1], type(Pt(0, 0)).__name__)
