# features: [realworld, stdlib-itertools]
# stages: [run]
# flags: [needs-stdlib]
import itertools as it, operator, collections, functools

def take(n, iterable): return list(it.islice(iterable, n))
def tabulate(f, start=0): return map(f, it.count(start))
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n; return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables); nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts: yield nxt()
        except StopIteration:
            num_active -= 1; nexts = it.cycle(it.islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable); return it.filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable); return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen: seen.add(k); yield e
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
def sliding_window(iterable, n):
    itr = iter(iterable); window = collections.deque(it.islice(itr, n), maxlen=n)
    if len(window) == n: yield tuple(window)
    for x in itr:
        window.append(x); yield tuple(window)
def first_true(iterable, default=False, pred=None): return next(filter(pred, iterable), default)
def random_product_free(*args, repeat=1): return list(it.product(*args, repeat=repeat))[-1]
def iter_except(func, exception):
    try:
        while True: yield func()
    except exception: pass
def before_and_after(predicate, it_):
    it_ = iter(it_); transition = []
    def true_iterator():
        for elem in it_:
            if predicate(elem): yield elem
            else: transition.append(elem); return
    return true_iterator(), it.chain(transition, it_)
def sieve(n):
    data = bytearray((0, 1)) * (n // 2); data[:3] = 0, 0, 0
    limit = int(n ** 0.5) + 1
    for p in it.compress(range(limit), data):
        data[p * p:n:p + p] = bytes(len(range(p * p, n, p + p)))
    data[2] = 1
    return it.compress(it.count(), data)
print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth(range(3), 5, "dflt"))
print(all_equal("aaaa"), all_equal("aaba"), quantify([1, 0, 3, None]), list(ncycles("ab", 3)))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10)); print(list(evens), list(odds))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(sliding_window("ABCDEFG", 4)), first_true([0, None, 7, 8]))
print(random_product_free("ab", range(2)), list(iter_except([1, 2, 3].pop, IndexError)))
a, b = before_and_after(str.isupper, "ABCdEfGhI"); print("".join(a), "".join(b))
print(list(sieve(60)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), functools.reduce(operator.or_, [{1}, {2}, {3}]))
print(list(it.product(range(2), "xy", [True])), list(it.permutations("abc", 2))[:4])
print(sum(1 for _ in it.combinations(range(20), 3)), list(it.islice(it.count(1.5, 0.5), 4)))
print([list(g) for k, g in it.groupby(sorted("mississippi"))], list(it.starmap(operator.add, zip("abc", "xyz"))))
