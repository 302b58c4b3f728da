# features: [algorithms, heapq, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Dijkstra, A* on a grid, and Prim's MST with heapq.
import heapq
from collections import defaultdict

graph = defaultdict(list)
edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


dist, prev = dijkstra("A")
print(sorted(dist.items()))
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print("->".join(["A"] + path[::-1]))

GRID = """\
S....#....
.##..#.##.
..#.....#.
#.#.###.#.
..#...#...
.####.#.#.
......#.#G"""
rows = GRID.splitlines()
H, W = len(rows), len(rows[0])
start = next((r, c) for r in range(H) for c in range(W) if rows[r][c] == "S")
goal = next((r, c) for r in range(H) for c in range(W) if rows[r][c] == "G")


def astar():
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    openq = [(h(start), 0, start)]
    came = {start: None}
    g = {start: 0}
    expanded = 0
    while openq:
        f, cost, cur = heapq.heappop(openq)
        expanded += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < H and 0 <= nc < W and rows[nr][nc] != "#":
                ng = cost + 1
                if ng < g.get((nr, nc), 1 << 30):
                    g[(nr, nc)] = ng
                    came[(nr, nc)] = cur
                    heapq.heappush(openq, (ng + h((nr, nc)), ng, (nr, nc)))
    p, cur = [], goal
    while cur:
        p.append(cur)
        cur = came[cur]
    return g[goal], expanded, p[::-1]


cost, expanded, p = astar()
print("A* cost", cost, "expanded", expanded)
canvas = [list(r) for r in rows]
for r, c in p[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(r) for r in canvas))


def prim(nodes):
    seen = {nodes[0]}
    pq = [(w, nodes[0], v) for v, w in graph[nodes[0]]]
    heapq.heapify(pq)
    mst = []
    while pq and len(seen) < len(nodes):
        w, u, v = heapq.heappop(pq)
        if v in seen:
            continue
        seen.add(v)
        mst.append((u, v, w))
        for x, wx in graph[v]:
            if x not in seen:
                heapq.heappush(pq, (wx, v, x))
    return mst


mst = prim(sorted(graph))
print(mst, sum(w for *_, w in mst))
print(heapq.nlargest(3, edges, key=lambda e: e[2]), heapq.nsmallest(2, [5, 1, 4, 1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
