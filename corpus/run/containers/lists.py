# features: [list, sorting, slicing]
# stages: [run]
l = [5, 3, 8, 1, 9, 2]
l.append(7); l.extend([0, 4]); l.insert(2, 6)
print(l, len(l), l.pop(), l.pop(0), l.index(8), l.count(3))
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.remove(8); l.reverse(); print(l)
print(l[1:4], l[::-2], l[-3:], l[:100])
l[1:3] = ['a', 'b', 'c']; print(l)
del l[0]; del l[::2]; print(l)
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print([x * 2 for x in range(5)], [[i * j for j in range(3)] for i in range(3)], [x for x in range(20) if x % 7 == 0])
a = [1, 2]; b = a; b += [3]; print(a, a * 2, [0] * 3, a == [1, 2, 3], a < [1, 3], [1, 2] + [3])
nested = [[1, 2], [3]]; print(nested, sum(nested, []))
r = [1]; r.append(r); print(r)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print(list(reversed([1, 2, 3])), list(enumerate("ab", 1)), list(zip([1, 2], "xy")), list(map(abs, [-1, 2])), list(filter(None, [0, 1, 2])))
