# features: [benchmark, recursion, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Constraint puzzle solver with backtracking (hexiom-like: place tiles so each counts its neighbours).
import itertools


class Done(Exception):
    pass


def neighbours(n, i):
    r, c = divmod(i, n)
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < n and 0 <= cc < n:
            yield rr * n + cc


def solve(n, tiles):
    cells = [None] * (n * n)
    nbrs = [list(neighbours(n, i)) for i in range(n * n)]
    counts = dict(tiles)
    solutions = []

    def ok(i):
        v = cells[i]
        if v is None or v == '.':
            return True
        filled = sum(1 for j in nbrs[i] if cells[j] not in (None, '.'))
        unknown = sum(1 for j in nbrs[i] if cells[j] is None)
        return filled <= v <= filled + unknown

    def place(i):
        if i == n * n:
            solutions.append(list(cells))
            if len(solutions) >= 3:
                raise Done
            return
        for t in sorted(counts, key=lambda k: (k == '.', str(k))):
            if counts[t] == 0:
                continue
            counts[t] -= 1
            cells[i] = t
            if all(ok(j) for j in itertools.chain([i], nbrs[i])):
                place(i + 1)
            cells[i] = None
            counts[t] += 1

    try:
        place(0)
    except Done:
        pass
    return solutions


for n, tiles in [(2, {1: 2, 2: 1, '.': 1}), (3, {'.': 3, 1: 2, 2: 2, 3: 2}), (3, {3: 4, 4: 2, '.': 3})]:
    sols = solve(n, tiles)
    print("n=%d tiles=%r -> %d solution(s)" % (n, tiles, len(sols)))
    for s in sols:
        for r in range(n):
            print("  " + " ".join(str(x) for x in s[r * n:(r + 1) * n]))
