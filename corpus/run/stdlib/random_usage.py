# features: [import, stdlib-random]
# stages: [run]
# flags: [needs-stdlib]
import random

for seed in (1, 2, 3):
    random.seed(seed)
    print(seed, random.random())
    print([random.randint(1, 100) for _ in range(5)])
    print(random.choice("abcdefg"), random.choice([10, 20, 30]))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs)
    print(random.sample(range(100), 5))
    print(round(random.uniform(1.5, 2.5), 12))
    print(round(random.gauss(0.0, 1.0), 12))
    print(random.randrange(0, 1000, 7), random.getrandbits(40))

r = random.Random(42)
print(r.random(), r.choices("xyz", k=6))
print(r.choices([1, 2, 3], weights=[1, 0, 5], k=5))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
