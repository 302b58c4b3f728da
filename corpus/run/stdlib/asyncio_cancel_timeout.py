# features: [import, stdlib-asyncio, async, except-star]
# stages: [run]
# flags: [needs-stdlib]
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def fails(x):
    await asyncio.sleep(0)
    raise ValueError(f"bad {x}")


async def child(i):
    await asyncio.sleep(0.001 * i)
    return i * 10


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__)
    print(await asyncio.wait_for(child(1), timeout=5))

    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())

    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message", e.args)

    inner = asyncio.create_task(slow())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield: outer", outer.cancelled(), "inner", inner.cancelled())
    inner.cancel()
    await asyncio.gather(inner, return_exceptions=True)

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(child(i)) for i in range(3)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(3))
            tg.create_task(slow())
    except* ValueError as eg:
        print("taskgroup", type(eg).__name__, [str(e) for e in eg.exceptions])

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout expired")

    t = asyncio.create_task(fails(4))
    await asyncio.sleep(0.01)
    print("exception()", repr(t.exception()))


asyncio.run(main())
