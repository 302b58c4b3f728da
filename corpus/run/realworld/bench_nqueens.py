# features: [benchmark, generators, itertools, realworld]
# stages: [run]
# flags: [needs-stdlib]
# N-Queens via permutations, as in pyperformance's bm_nqueens.
import itertools


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                        == len(set(vec[i] - i for i in cols))):
            yield vec


def n_queens_fast(n):
    for vec in itertools.permutations(range(n)):
        if n == len({v + i for i, v in enumerate(vec)}) == len({v - i for i, v in enumerate(vec)}):
            yield vec


sols = list(n_queens(6))
print(len(sols), sols)
fast = list(n_queens_fast(7))
print(len(fast), fast[:3], fast[-1])
assert list(permutations("abc", 2)) == list(itertools.permutations("abc", 2))
print(list(permutations(range(3))))


def solve_backtrack(n):
    count = 0
    cols, d1, d2 = set(), set(), set()

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (r + c) in d1 or (r - c) in d2:
                continue
            cols.add(c); d1.add(r + c); d2.add(r - c)
            place(r + 1)
            cols.discard(c); d1.discard(r + c); d2.discard(r - c)
    place(0)
    return count


for n in range(1, 9):
    print(n, solve_backtrack(n))
