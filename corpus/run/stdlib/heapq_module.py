# features: [import, stdlib-heapq]
# stages: [run]
# flags: [needs-stdlib]
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, [4, 7, 1, 9]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
