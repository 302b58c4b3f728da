# features: [realworld, stdlib-heapq, stdlib-bisect]
# stages: [run]
# flags: [needs-stdlib]
import heapq, bisect, itertools
from dataclasses import dataclass, field
from typing import Any

class PriorityQueue:
    REMOVED = "<removed>"
    def __init__(self):
        self.pq = []; self.finder = {}; self.counter = itertools.count()
    def add(self, task, priority=0):
        if task in self.finder: self.remove(task)
        entry = [priority, next(self.counter), task]
        self.finder[task] = entry; heapq.heappush(self.pq, entry)
    def remove(self, task):
        entry = self.finder.pop(task); entry[-1] = self.REMOVED
    def pop(self):
        while self.pq:
            p, c, task = heapq.heappop(self.pq)
            if task is not self.REMOVED:
                del self.finder[task]; return task, p
        raise KeyError("pop from an empty priority queue")
pq = PriorityQueue()
for t, p in [("write", 3), ("read", 1), ("test", 2), ("deploy", 5), ("read", 4)]:
    pq.add(t, p)
pq.remove("test")
out = []
try:
    while True: out.append(pq.pop())
except KeyError as e:
    print(out, e)
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs); print([heapq.heappop(jobs).name for _ in range(3)])
data = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
h = []; [heapq.heappush(h, x) for x in data]; print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=True)))
def dijkstra(graph, src):
    dist = {src: 0}; pq = [(0, src)]; seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen: continue
        seen.add(u)
        for v, w in graph.get(u, []):
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w; heapq.heappush(pq, (dist[v], v))
    return dist
g = {"A": [("B", 7), ("C", 9), ("F", 14)], "B": [("C", 10), ("D", 15)], "C": [("D", 11), ("F", 2)], "D": [("E", 6)], "F": [("E", 9)]}
print(sorted(dijkstra(g, "A").items()))
scores = [33, 99, 77, 70, 89, 90, 100]
def grade(s, bps=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(bps, s)]
print([grade(s) for s in scores])
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 9))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
recs = [("apple", 3), ("banana", 7), ("cherry", 9)]
print(bisect.bisect_left(recs, 7, key=lambda r: r[1]), bisect.bisect_right([10, 20, 30], 20, lo=1, hi=2))
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(e)
