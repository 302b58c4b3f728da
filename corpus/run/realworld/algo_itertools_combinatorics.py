# features: [itertools, realworld]
# stages: [run]
# flags: [needs-stdlib]
# itertools combinatorics and recipes: permutations, combinations, product, groupby, accumulate...
import itertools as it
import operator

print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(5), 3))[:6], len(list(it.combinations_with_replacement("abcd", 2))))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in it.groupby(data)])
print(list(it.chain.from_iterable([[1, 2], [3], []])), list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2])), list(it.takewhile(str.isdigit, "12a3")))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.pairwise("abcd")))
a, b = it.tee(range(4))
print(list(a), list(b), list(it.repeat("z", 3)), list(it.filterfalse(lambda x: x % 2, range(7))))


def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


print(list(powerset([1, 2, 3])))
# Magic squares from permutations
squares = []
for q in it.permutations([1, 2, 3, 4, 6, 7, 8, 9]):
    p = q[:4] + (5,) + q[4:]
    rows = [p[0:3], p[3:6], p[6:9]]
    if all(sum(r) == 15 for r in rows) and all(sum(c) == 15 for c in zip(*rows)) \
            and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
        squares.append(p)
print(len(squares), squares[0])
# TO + GO = OUT
letters = "TOGU"
for perm in it.permutations(range(10), len(letters)):
    d = dict(zip(letters, perm))
    if d["T"] == 0 or d["G"] == 0 or d["O"] == 0:
        continue
    n = lambda w: int("".join(str(d[c]) for c in w))
    if n("TO") + n("GO") == n("OUT"):
        print(n("TO"), n("GO"), n("OUT"))
        break
print(sum(1 for _ in it.combinations(range(20), 4)), next(it.permutations(range(3))))
