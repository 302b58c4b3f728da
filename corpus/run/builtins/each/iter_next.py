# features: [builtins, iter_next]
# stages: [run]
it = iter([1, 2]); print(next(it), next(it), next(it, 'end'))
count = [0]
def f():
    count[0] += 1
    return count[0]
print(list(iter(f, 4)))
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), list(iter(Seq())))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
