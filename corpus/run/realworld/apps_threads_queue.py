# features: [realworld, stdlib-threading, stdlib-queue]
# stages: [run]
# flags: [needs-stdlib]
import threading, queue
from concurrent.futures import ThreadPoolExecutor, as_completed

def worker(q, results, lock):
    while True:
        item = q.get()
        if item is None:
            q.task_done(); break
        with lock:
            results.append(item * item)
        q.task_done()
q = queue.Queue(); results = []; lock = threading.Lock()
threads = [threading.Thread(target=worker, args=(q, results, lock), name=f"w{i}") for i in range(4)]
for t in threads: t.start()
for i in range(20): q.put(i)
for _ in threads: q.put(None)
q.join()
for t in threads: t.join()
print(sorted(results), sum(results), all(not t.is_alive() for t in threads))
counter = 0
def incr(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=incr, args=(1000,)) for _ in range(5)]
[t.start() for t in ts]; [t.join() for t in ts]
print(counter)
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(pow, 2, n): n for n in range(10)}
    done = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(done)
    print(list(ex.map(str.upper, ["a", "b", "c"])))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("future raised:", e, type(f.exception()).__name__)
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]: lq.put(x); pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
bq = queue.Queue(maxsize=1); bq.put(1)
try:
    bq.put(2, block=False)
except queue.Full:
    print("full")
ev = threading.Event()
out = []
def waiter():
    ev.wait(); out.append("woke")
t = threading.Thread(target=waiter); t.start(); ev.set(); t.join(); print(out, ev.is_set())
cond = threading.Condition(); items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))
c = threading.Thread(target=consumer); c.start()
for i in range(3):
    with cond:
        items.append(i); cond.notify_all()
c.join(); print(out)
local = threading.local(); local.x = "main"
def setlocal():
    local.x = "thread"; out.append(local.x)
t = threading.Thread(target=setlocal); t.start(); t.join(); print(local.x, out[-1])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1)
sem = threading.BoundedSemaphore(2); sem.acquire(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
timer_out = []
tm = threading.Timer(0.01, lambda: timer_out.append("timer")); tm.start(); tm.join(); print(timer_out)
def boom():
    raise RuntimeError("thread failure")
t = threading.Thread(target=boom, name="Boomer"); t.start(); t.join()
print("main continues")
