# features: [list, sort]
# stages: [run]
# The order and number of __lt__ calls of list.sort are CPython's Timsort's (count_run, binarysort, powersort
# merges, galloping with min_gallop adaptation), for small and large lists, random and structured data.
calls = 0
log = []

class K:
    __slots__ = ("v", "tag")
    def __init__(self, v, tag=0):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        global calls
        calls += 1
        if len(log) < 40:
            log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v},{self.tag})"

state = 12345
def lcg():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state

def check(name, values, key=None, reverse=False):
    global calls
    calls = 0
    log.clear()
    items = [K(v, i) for i, v in enumerate(values)]
    items.sort(key=key, reverse=reverse)
    h = 0
    for it in items:
        h = (h * 31 + it.v * 7 + it.tag) % 1000000007
    print(name, len(values), calls, h, log[:12])

for n in (0, 1, 2, 5, 63, 64, 65, 100, 1000, 3000):
    check("random", [lcg() % 1000 for _ in range(n)])
for n in (5, 64, 65, 1000):
    check("sorted", list(range(n)))
    check("reversed", list(range(n, 0, -1)))
    check("fewkeys", [lcg() % 4 for _ in range(n)])
    vals = list(range(n))
    for _ in range(n // 10 + 1):
        i, j = lcg() % n, lcg() % n
        vals[i], vals[j] = vals[j], vals[i]
    check("partial", vals)
    check("sawtooth", [i % 37 for i in range(n)])
    check("runs", [(i // 50) * 1000 - i for i in range(n)])
    check("desc-reverse", [lcg() % 100 for _ in range(n)], reverse=True)
check("keyed", [lcg() % 50 for _ in range(500)], key=lambda k: K(k.v // 3))
check("gallop", list(range(0, 2000, 2)) + list(range(1, 2000, 2)))
check("blocks", [x for b in range(20) for x in range(b * 10, b * 10 + 50)])

# stability with keys
words = ["b%d" % (lcg() % 7) + "x" * (lcg() % 3) for _ in range(200)]
print(sorted(words, key=len)[:20])
print(sorted(words, key=lambda w: w[1], reverse=True)[:20])

# list modified during sort
class Evil:
    def __init__(self, v, lst): self.v = v; self.lst = lst
    def __lt__(self, other):
        self.lst.append(1)
        return self.v < other.v
lst = []
lst.extend(Evil(i, lst) for i in (3, 1, 2))
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, len(lst))

# an exception in __lt__ leaves a permutation
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise RuntimeError("boom")
        return self.v < other.v
data = [Boom((i * 7919) % 100) for i in range(100)]
try:
    data.sort()
except RuntimeError as e:
    print("RuntimeError", e, sorted(b.v for b in data) == list(range(100)), [b.v for b in data][:30])

# key function raising: list unchanged
vals = [3, 1, 2]
def badkey(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    vals.sort(key=badkey)
except KeyError as e:
    print("KeyError", e, vals)
