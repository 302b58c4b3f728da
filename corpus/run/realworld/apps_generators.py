# features: [realworld, generators, stdlib-itertools]
# stages: [run]
import itertools as it
from itertools import groupby, accumulate, chain, islice, tee, zip_longest, product, permutations, combinations

LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 80%
2024-01-02 ERROR failed job 7
2024-01-02 INFO retry
2024-01-02 ERROR failed job 7
2024-01-03 INFO done""".splitlines()

def parse(lines):
    for ln in lines:
        date, level, msg = ln.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(levels, recs):
    return (r for r in recs if r["level"] in levels)
for date, grp in groupby(parse(LOG), key=lambda r: r["date"]):
    print(date, [r["level"] for r in grp])
print([r["msg"] for r in only({"ERROR"}, parse(LOG))])
print(list(accumulate([3, 1, 4, 1, 5, 9])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(chain("ab", [1, 2], (None,))), list(chain.from_iterable(["xy", "z"])))
def naturals():
    n = 1
    while True:
        yield n; n += 1
print(list(islice(naturals(), 5)), list(islice(naturals(), 2, 12, 3)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("abcd", 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("x", 3)), list(it.pairwise("abcd")))
print(list(islice(it.cycle("ab"), 5)), list(zip(it.count(10, 5), "xyz")), list(it.filterfalse(None, [0, 1, "", "a"])))
def running_avg():
    total = count = 0; avg = None
    while True:
        x = yield avg
        if x is None: break
        total += x; count += 1; avg = total / count
    return "done"
g = running_avg(); next(g)
print([g.send(x) for x in [10, 20, 60]])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, [3, (4, 5)]], 6])))
def gen_with_close():
    try:
        yield 1; yield 2
    finally:
        print("cleanup")
g2 = gen_with_close(); print(next(g2)); g2.close()
g3 = gen_with_close(); next(g3)
try:
    g3.throw(ValueError("injected"))
except ValueError as e:
    print("got back", e)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(next(iter([]), "default"), [k for k, _ in groupby("aaabccdd")], [len(list(g)) for _, g in groupby("aaabccdd")])
batched = [tuple(islice(iter(range(10)), 0, None))]
def chunks(iterable, n):
    itr = iter(iterable)
    while chunk := tuple(islice(itr, n)):
        yield chunk
print(list(chunks(range(10), 3)))
