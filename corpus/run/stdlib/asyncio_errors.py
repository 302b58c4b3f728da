# features: [import, stdlib-asyncio, async, uncaught-exception]
# stages: [run]
# flags: [needs-stdlib]
import asyncio
import traceback


async def inner(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(f"missing {n}")
    return n


async def waiter():
    await asyncio.sleep(10)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f, f.done(), f.result())
    t = asyncio.create_task(waiter(), name="sleeper")
    await asyncio.sleep(0)
    print(t)
    t.cancel()
    await asyncio.sleep(0)
    print(t, t.cancelled())
    try:
        t.set_result(3)
    except RuntimeError as e:
        print(e)
    try:
        await asyncio.gather(inner(1), inner(2))
    except KeyError:
        traceback.print_exc()
    try:
        asyncio.Task(inner)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    await inner(2)


asyncio.run(main())
