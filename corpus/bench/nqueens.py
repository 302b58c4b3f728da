# features: [bench, recursion, sets]
# stages: [run]
# flags: [slow]
def solve(n):
    count = 0
    def place(row, cols, d1, d2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            cols.add(c); d1.add(row - c); d2.add(row + c)
            place(row + 1, cols, d1, d2)
            cols.discard(c); d1.discard(row - c); d2.discard(row + c)
    place(0, set(), set(), set())
    return count

print([solve(n) for n in range(4, 12)])
