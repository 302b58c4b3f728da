# features: [generators, coroutines]
# stages: [run]
class Future:
    def __init__(self): self.result = None
    def __await__(self):
        yield self
        return self.result
async def fetch(n):
    fut = Future()
    v = await fut
    return n * v
async def main():
    a = await fetch(2)
    b = await fetch(3)
    return a + b
coro = main()
f = coro.send(None)
while True:
    f.result = 10
    try:
        f = coro.send(None)
    except StopIteration as e:
        print('total', e.value)
        break
