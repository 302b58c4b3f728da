# features: [import, stdlib-itertools]
# stages: [run]
# flags: [needs-stdlib]
import itertools as it
import operator
import collections
from functools import reduce

def take(n, iterable):
    return list(it.islice(iterable, n))

def pairwise(iterable):
    a, b = it.tee(iterable)
    next(b, None)
    return zip(a, b)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    itr = iter(iterable)
    window = collections.deque(it.islice(itr, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in itr:
        window.append(x)
        yield tuple(window)

print(take(5, it.count(10, 3)), take(7, it.cycle("ab")), list(it.repeat("x", 3)))
print(list(pairwise("abcde")), list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window(range(6), 3)))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print([(k, list(g)) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.permutations("abc", 2)), len(list(it.product(range(3), repeat=3))))
print(list(it.combinations_with_replacement("ab", 3)), list(it.pairwise([1, 2, 3])))
print(reduce(operator.add, it.chain([1], (2, 3), {4: 0})), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(sum(1 for _ in it.filterfalse(lambda x: x % 3, range(30))), collections.Counter(it.chain("aab", "bcc")).most_common(2))
