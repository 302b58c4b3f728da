# features: [import, stdlib-asyncio, async]
# stages: [run]
# flags: [needs-stdlib]
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        total += item
    return total


async def locked(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")


async def sem_worker(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.001)
        active[0] -= 1
    return i


async def cond_consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    q = asyncio.Queue(maxsize=2)
    print(await asyncio.gather(producer(q, 4), consumer(q)))
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait((x, str(x)))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)], lq.empty())
    try:
        asyncio.Queue(1).get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked(lock, n, log) for n in "abc"))
    print(log, lock.locked())

    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)

    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    print(await asyncio.gather(*(sem_worker(sem, i, active, peak) for i in range(6))), "peak", peak[0])

    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(cond_consumer(cond, items, f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for x in ("x", "y"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)


asyncio.run(main())
