# features: [generators, coroutines]
# stages: [run]
class Sleep:
    def __await__(self):
        yield 'tick'
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await Sleep()
    return name + ' done'
def run(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[c.__name__ if False else len(results)] = e.value
    return results
print(run([worker('a', 2), worker('b', 3)]))
