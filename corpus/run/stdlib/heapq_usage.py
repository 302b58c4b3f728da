# features: [heapq, stdlib]
# stages: [run]
# flags: [needs-stdlib]
import heapq

data = [(i * 37) % 101 for i in range(30)]
h = list(data)
heapq.heapify(h)
print(h[:8], [heapq.heappop(h) for _ in range(5)])
heapq.heappush(h, -1); print(h[0], heapq.heappushpop(h, -5), heapq.heapreplace(h, 1000), h[0])
print(heapq.nlargest(4, data), heapq.nsmallest(4, data), heapq.nsmallest(2, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['c', 'a'], ['d', 'b'], reverse=True)))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(heapq.heapify.__name__, heapq.heappop.__name__)
