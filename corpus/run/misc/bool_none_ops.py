# features: [bool, none, truthiness, short-circuit]
# stages: [run]
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, {"k": 0}, set(), None, True, False, (), (None,)]
print([bool(v) for v in values])
print([v for v in values if v], sum(1 for v in values if not v))
def side(x):
    print("eval", x)
    return x
print(side(0) and side(1), side(1) and side(2), side(0) or side(3), side(4) or side(5))
print(None is None, None == None, None != 0, type(None).__name__, repr(None), str(None))
print(True & False, True | False, True ^ True, not None, [] == [], [] is [])
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Sized()), "yes" if Falsy() else "no", not Sized())
print(int(True), str(True), repr(False), True == 1, False == 0, hash(True), True is not False)
