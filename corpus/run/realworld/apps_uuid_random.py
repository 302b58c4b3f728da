# features: [realworld, stdlib-uuid, stdlib-random]
# stages: [run]
# flags: [needs-stdlib]
import uuid, random, string

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes[:4], u.fields)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(int=1), uuid.UUID(bytes=b"\x00" * 16))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://example.com/x"))
print(uuid.NAMESPACE_OID, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print(e)
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
print(random.sample(range(100), 5), random.randrange(0, 100, 5), random.getrandbits(32))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck); print(deck[:8])
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=6))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(5, 2), 6), round(random.expovariate(1.5), 6))
print(round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6), round(random.lognormvariate(0, 1), 6))
r = random.Random(123); print([r.randint(1, 6) for _ in range(10)])
state = r.getstate(); a = r.random(); r.setstate(state); print(a == r.random())
random.seed("hello"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(2**100); print(random.randint(0, 10**30))
print("".join(random.Random(7).choices(string.ascii_letters + string.digits, k=16)))
def monte_carlo_pi(n, rng):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    return 4 * inside / n
print(monte_carlo_pi(20000, random.Random(1)))
print(random.Random(5).sample(["a", "b", "c", "d"], k=4), random.Random(9).randbytes(6))
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(5, 2)
except ValueError as e:
    print(e)
