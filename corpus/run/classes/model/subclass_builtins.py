# features: [classes]
# stages: [run]
class MyList(list):
    def sum(self): return sum(self)
class MyDict(dict):
    def __missing__(self, k): return k * 2
class MyStr(str):
    def shout(self): return self.upper() + '!'
class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
l = MyList([1, 2, 3]); l.append(4)
print(l, l.sum(), type(l + [5]).__name__, MyDict(a=1)['zz'], MyDict()['a'], MyStr('hi').shout(), MyInt(5) + 1, repr(MyInt(5)), isinstance(MyInt(1), int))
