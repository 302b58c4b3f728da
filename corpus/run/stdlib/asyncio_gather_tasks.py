# features: [import, stdlib-asyncio, async]
# stages: [run]
# flags: [needs-stdlib]
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name * 2


async def fails(x):
    await asyncio.sleep(0)
    raise ValueError(f"bad {x}")


async def main():
    # gather keeps argument order whatever the completion order
    r = await asyncio.gather(work("a", 0.06), work("b", 0.03), work("c", 0))
    print(r)
    t = asyncio.create_task(work("t", 0), name="worker")
    print(t.get_name(), await t, t.done())
    r = await asyncio.gather(fails(1), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r], r[0])
    try:
        await asyncio.gather(fails(2))
    except ValueError as e:
        print("caught", e)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut, fut.result())
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(work("x", 0)))
