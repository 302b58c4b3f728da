# features: [heapq, bisect]
# stages: [run]
import _heapq as H
import _bisect as B

log = []
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'I%d' % self.v

vals = [(i * 7919) % 101 for i in range(40)]
h = [Item(v) for v in vals]
H.heapify(h)
print(h[:10], len(log), log[:8])
log.clear()
out = [H.heappop(h).v for _ in range(10)]
print(out, len(log))
log.clear(); H.heappush(h, Item(-1)); print(h[0], len(log))
log.clear(); print(H.heapreplace(h, Item(50)), H.heappushpop(h, Item(-5)), H.heappushpop(h, Item(500)), len(log))

big = [(i * 2654435761) % 10007 for i in range(3000)]
hb = [Item(v) for v in big]
log.clear(); H.heapify(hb); print(len(log), hb[:5], log[-3:])
mx = [Item(v) for v in vals]
log.clear(); H._heapify_max(mx); print(mx[:6], len(log))
print([H._heappop_max(mx).v for _ in range(5)], H._heapreplace_max(mx, Item(1000)), mx[0])

plain = [5, 1, 8, 3, 9, 2]
H.heapify(plain); print(plain)
H.heappush(plain, 0); print(plain, [H.heappop(plain) for _ in range(len(plain))])
print(H.heappushpop([], 3), H.heappushpop([1], 3), H.heappushpop([5], 3))

a = [1, 2, 2, 2, 3, 5, 8]
print([B.bisect_left(a, x) for x in range(10)], [B.bisect_right(a, x) for x in range(10)])
print(B.bisect_left(a, 2, 2), B.bisect_right(a, 2, 0, 3), B.bisect_right(a, 2, hi=None), B.bisect_left(a, 2, lo=4), B.bisect_right(a, 2, 0, -1))
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(B.bisect_left(recs, 3, key=lambda r: r[0]), B.bisect_right(recs, 3, key=lambda r: r[0]))
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    B.insort_right(s, x)
print(s)
B.insort_left(s, 4); B.insort(s, 7) if hasattr(B, 'insort') else None; print(s)
rs = list(recs); B.insort_left(rs, (4, 'd'), key=lambda r: r[0]); print(rs)
class Seq(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
q = Seq([1, 3]); B.insort_right(q, 2); print(q)

def err(fn):
    try:
        fn()
    except Exception as ex:
        print(type(ex).__name__, ex)
err(lambda: H.heappush([]))
err(lambda: H.heappush(1, 2))
err(lambda: H.heappop())
err(lambda: H.heappop(()))
err(lambda: H.heappop([]))
err(lambda: H.heapreplace([], 1))
err(lambda: H.heapify(x=[]))
err(lambda: B.bisect_right([1], 1, -1))
err(lambda: B.bisect_right([1]))
err(lambda: B.bisect_left([1], 1, 0, 'a'))
err(lambda: B.bisect_left(1, 2))
err(lambda: B.insort_left((1,), 2))
err(lambda: B.bisect_left([1], 1, 0, 1, None))
class Bad:
    def __lt__(self, other):
        hb.append(1)
        return True
hb = [Bad(), Bad(), Bad()]
err(lambda: H.heapify(hb))
