# features: [random, floats, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Monte Carlo with seeded random: pi estimate, random walks, dice statistics, reservoir sampling.
import random
import math
from collections import Counter

random.seed(2024)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1.0)
print("pi ~", 4 * inside / 20000)
rng = random.Random(99)
walk_ends = []
for _ in range(200):
    x = y = 0
    for _ in range(100):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x += dx
        y += dy
    walk_ends.append(math.hypot(x, y))
print(round(sum(walk_ends) / len(walk_ends), 4), round(max(walk_ends), 4))
dice = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(5000))
for total in range(2, 13):
    print("%2d %5d %s" % (total, dice[total], "*" * (dice[total] // 40)))


def reservoir(stream, k, r):
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = r.randrange(i + 1)
            if j < k:
                res[j] = item
    return res


print(reservoir(range(1000), 5, random.Random(1)))
print([round(random.gauss(10, 2), 4) for _ in range(3)], random.sample("abcdefgh", 3), random.choices(range(5), k=4))
deck = [r + s for r in "23456789TJQKA" for s in "shdc"]
random.Random(5).shuffle(deck)
print(deck[:5], sorted(deck[:5]))
print(random.Random(3).getstate()[1][:3], random.Random(0).random(), random.Random(12345).uniform(-1, 1))
