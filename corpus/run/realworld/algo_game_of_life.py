# features: [algorithms, sets, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Conway's Game of Life on a set of live cells (glider gun excerpt, R-pentomino), printed frames.
from collections import Counter


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def show(live, w=20, h=10):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = step(g)
print(show(g, 8, 6))
print(sorted(g))
r = {(10, 10), (11, 10), (9, 11), (10, 11), (10, 12)}
pops = []
for gen in range(200):
    r = step(r)
    pops.append(len(r))
print(pops[:20], max(pops), pops[-1])
xs = [x for x, _ in r]
ys = [y for _, y in r]
print(min(xs), max(xs), min(ys), max(ys))
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(step(blinker)) == blinker, sorted(step(blinker)))
