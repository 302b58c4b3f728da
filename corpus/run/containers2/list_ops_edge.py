# features: [list, slicing-assignment, deletion, comparisons]
# stages: [run]
l = list(range(10))
l[2:5] = []
print(l)
l[1:1] = ["a", "b"]
print(l)
l[::2] = range(len(l[::2]))
print(l)
del l[-2:]
print(l, l[-100:100], l[5:2], l[::-3])
l2 = [3, 1, 2]
l2 *= 2
print(l2, l2 * 0, [] * 5, l2.index(2, 3), l2.count(3))
print([1, 2] < [1, 2, 3], [2] > [1, 9], [[]] == [[]], [1, 2] != [2, 1], max([[1, 2], [1, 3]]))
l3 = [1, 2, 3]
l3.extend(range(4, 6)); l3.extend("ab"); l3.insert(-1, "ins"); l3.insert(100, "end"); l3.insert(-100, "start")
print(l3, l3.pop(-2), l3)
print(list(reversed(l3))[:3], sorted(l3[1:6]), [x for x in l3 if isinstance(x, int)])
print([0] * 3 + [1] * 2, [[0] * 2 for _ in range(2)], list("abc") + list((1,)), l3.copy() == l3, l3.copy() is l3)
try:
    l3.remove("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    l3.index(99)
except ValueError as e:
    print("ValueError:", e)
a = [1, 2, 3]
a[1:2] = [7, 8, 9]
print(a, a[True], a[-len(a)])
