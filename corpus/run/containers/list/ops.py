# features: [list, list-ops]
# stages: [run]
a = [1, 2]
print(a + [3], a * 3, 0 * a, [] * 5, a == [1, 2], a < [1, 3], [1, 2, 3] > a, 2 in a, 5 not in a)
print(list(reversed(a)), a.copy(), min(a), max(a), sum(a))
b = a; b += [9]; print(a)
c = [[0]] * 3; c[0].append(1); print(c)
x = [1, [2, [3]]]; x[1][1].append(x[0]); print(x)
r = [1]; r.append(r); print(r)
try:
    a + (1,)
except TypeError as e:
    print(e)
try:
    a[5]
except IndexError as e:
    print(e)
a.clear(); a.reverse(); print(a)
