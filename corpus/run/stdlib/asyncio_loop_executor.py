# features: [import, stdlib-asyncio, async, threading]
# stages: [run]
# flags: [needs-stdlib]
import asyncio
import concurrent.futures


def blocking(x):
    return x * 3


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    loop = asyncio.get_running_loop()
    order = []
    now = loop.time()
    loop.call_soon(order.append, 1)
    loop.call_at(now + 0.002, order.append, 4)
    loop.call_soon(order.append, 2)
    h = loop.call_soon(order.append, "never")
    h.cancel()
    loop.call_at(now + 0.001, order.append, 3)
    loop.call_later(0, order.append, "later0")
    await asyncio.sleep(0.02)
    print(order)

    for coro in asyncio.as_completed([asyncio.sleep(0.05, "b"), asyncio.sleep(0.001, "a")]):
        print("as_completed", await coro)

    print("executor", await loop.run_in_executor(None, blocking, 7))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        print("pool", await asyncio.gather(*(loop.run_in_executor(ex, blocking, i) for i in range(4))))
    print("to_thread", await asyncio.to_thread(blocking, 5))

    print([x async for x in agen(5)])
    async for x in agen(2):
        print("async for", x)
    async with Resource() as r:
        print("inside", type(r).__name__)
    async with Resource():
        raise KeyError("swallowed")
    print("after swallowed")


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(blocking, range(5))))
    fs = [ex.submit(pow, 2, i) for i in range(5)]
    print(sorted(f.result() for f in concurrent.futures.as_completed(fs)))
asyncio.run(main())
