# features: [random, mersenne-twister]
# stages: [run]
import _random

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for seed in (0, 1, 42, -42, 2**32, 2**32 - 1, 2**100 + 12345, 10**50, True):
    r = _random.Random(seed)
    print(seed, [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))

r = _random.Random(7)
print([r.getrandbits(k) for k in (0, 1, 5, 8, 16, 64, 65, 128, 200)])
# many draws: the state regenerates every 624 words
for _ in range(2000):
    r.random()
print(r.random(), r.getrandbits(64))

state = r.getstate()
print(type(state).__name__, len(state), state[-1], state[0], state[100])
a = r.random()
r.setstate(state)
print(a == r.random())
r.seed(5)
b = r.random()
r.seed(5)
print(b == r.random(), b)
r.seed("text")  # hashed: only checks it does not fail
print(type(r.random()).__name__)
r.seed(3.5)
print(type(r.random()).__name__)
r.seed()
print(0.0 <= r.random() < 1.0)

class MyRandom(_random.Random):
    def __init__(self, x):
        self.extra = x
        self.seed(x)
mr = MyRandom(1)
print(mr.extra, mr.random() == _random.Random(1).random(), isinstance(mr, _random.Random))

attempt("neg bits", lambda: r.getrandbits(-1))
attempt("float bits", lambda: r.getrandbits(1.0))
attempt("two args", lambda: _random.Random(1, 2))
attempt("keyword", lambda: _random.Random(x=1))
attempt("state type", lambda: r.setstate([0] * 625))
attempt("state size", lambda: r.setstate((0,) * 10))
attempt("state index", lambda: r.setstate((0,) * 624 + (625,)))
