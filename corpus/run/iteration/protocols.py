# features: [iteration, iterators, iter-protocol]
# stages: [run]
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 10 in Seq())
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(iter(lambda c=[0]: c.append(1) or len(c), 4)))
print(dict(zip("abc", range(3))), list(enumerate(["x", "y"], start=5)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
print(list(reversed(range(5))), list(reversed("abc")), sorted(range(5), reverse=True))
print(any(x > 3 for x in range(5)), all(x < 10 for x in range(5)), min((3, 'c'), (1, 'z')), max("hello"))
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v, end="; ")
print()
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
