# features: [benchmark, generators, coroutines, realworld]
# stages: [run]
# flags: [needs-stdlib]
# generators / coroutines benchmarks: tree traversal with yield from, a round-robin scheduler, pipelines.
import types


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(input):
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


t = tree(range(1000))
print(sum(t), list(t)[:5])


@types.coroutine
def switch():
    yield


async def worker(name, n, log):
    total = 0
    for i in range(n):
        total += i
        log.append((name, i))
        await switch()
    return total


def run(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[name] = e.value
        else:
            queue.append((name, c))
    return results


log = []
print(run({"a": worker("a", 3, log), "b": worker("b", 5, log)}), log[:6])


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _ in range(n):
        yield next(it)


def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count


print(list(take(15, fib_gen())))
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 5)])
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)
g = (x * x for x in range(10) if x % 3)
print(next(g), list(g), next(g, "exhausted"))


def gen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


gc = gen_with_cleanup()
print(next(gc))
gc.close()
print(gc.gi_frame, list(gc))


def thrower():
    try:
        yield "start"
    except ValueError as e:
        yield "caught %s" % e


th = thrower()
print(next(th), th.throw(ValueError("boom")))
