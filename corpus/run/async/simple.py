# features: [async, coroutines, await]
# stages: [run]
class Sleep:
    def __await__(self):
        yield "tick"

async def worker(name, n):
    total = 0
    for i in range(n):
        await Sleep()
        total += i
    return f"{name}:{total}"

async def main():
    a = await worker("a", 3)
    b = await worker("b", 4)
    return [a, b]

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

print(run(main()))

async def agen(n):
    for i in range(n):
        await Sleep()
        yield i * 10

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))

class ACM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        return False
async def use():
    async with ACM() as m:
        print("inside")
    return "ok"
print(run(use()))
