# features: [list, list-sort]
# stages: [run]
a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
w = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(w), sorted(w, key=str.lower), sorted(w, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')] * 3
print(sorted(pairs, key=lambda p: p[0]))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
print(sorted([3.5, 1, True, -2, 2.0]), sorted('hello'), sorted({3: 1, 1: 2}))
