# features: [algorithms, dynamic-programming, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Dynamic programming classics: 0/1 knapsack, LCS, edit distance, coin change, LIS.
from functools import lru_cache
from bisect import bisect_left

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan cream", 11, 70), ("camera", 32, 30), ("T-shirt", 24, 15), ("trousers", 48, 10),
         ("umbrella", 73, 40), ("waterproof trousers", 42, 70), ("waterproof overclothes", 43, 75),
         ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50), ("book", 30, 10)]


def knapsack(items, limit):
    table = [[0] * (limit + 1) for _ in range(len(items) + 1)]
    for j in range(1, len(items) + 1):
        name, wt, val = items[j - 1]
        for w in range(1, limit + 1):
            if wt > w:
                table[j][w] = table[j - 1][w]
            else:
                table[j][w] = max(table[j - 1][w], table[j - 1][w - wt] + val)
    result, w = [], limit
    for j in range(len(items), 0, -1):
        if table[j][w] != table[j - 1][w]:
            name, wt, val = items[j - 1]
            result.append(items[j - 1])
            w -= wt
    return result


bagged = knapsack(items, 400)
print("Bagged the following items\n  " + "\n  ".join(sorted(item for item, _, _ in bagged)))
val = sum(item[2] for item in bagged)
wt = sum(item[1] for item in bagged)
print("for a total value of %i and a total weight of %i" % (val, wt))


def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)


def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lis(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def coin_change(amount, coins):
    dp = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        dp[a] = min((dp[a - c] + 1 for c in coins if c <= a), default=float("inf"))
    return dp[amount]


print(lcs("thisisatest", "testing123testing"), edit("kitten", "sitting"), edit("rosettacode", "raisethysword"))
print(lis([3, 2, 6, 4, 5, 1, 9, 7, 8]), coin_change(63, [1, 5, 10, 21, 25]), coin_change(7, [2, 4]))
