# features: [async, coroutines, event-loop, await-chains]
# stages: [run]
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
        for cb in self.callbacks:
            cb()
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.timers = []
        self.log = []
    def create_task(self, coro, name):
        self.ready.append((coro, None, name))
    def sleep(self, delay, value=None):
        f = Future()
        self.timers.append((self.time + delay, len(self.timers), f, value))
        return f
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                coro, send, name = self.ready.pop(0)
                try:
                    fut = coro.send(send)
                except StopIteration as e:
                    self.log.append((self.time, name, e.value))
                    continue
                fut.callbacks.append(lambda c=coro, f=fut, n=name: self.ready.append((c, f.result, n)))
            if self.timers:
                self.timers.sort()
                t, _, f, v = self.timers.pop(0)
                self.time = t
                f.set_result(v)
        return self.log

loop = Loop()
async def worker(name, delays):
    total = 0
    for d in delays:
        total += await loop.sleep(d, d)
    return f"{name} slept {total}"
async def parent():
    a = await worker("inner", [1, 1])
    return a.upper()
loop.create_task(worker("a", [3, 1]), "a")
loop.create_task(worker("b", [1, 1, 1]), "b")
loop.create_task(parent(), "p")
for entry in loop.run():
    print(entry)
async def agen():
    for i in range(3):
        yield i
async def collect():
    return [x async for x in agen()] + [await loop.sleep(0, "z")]
loop.create_task(collect(), "c")
print(loop.run()[-1])
c = worker("never", [])
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("finished immediately:", e.value)
