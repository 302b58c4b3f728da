# features: [classic]
# stages: [run]
def gcd(a, b):
    while b: a, b = b, a % b
    return a
def lcm(a, b): return a * b // gcd(a, b)
print(gcd(1071, 462), lcm(4, 6), [p for p in range(2, 60) if all(p % d for d in range(2, int(p ** 0.5) + 1))])
from_total = 1
for i in range(1, 21): from_total = lcm(from_total, i)
print(from_total)
