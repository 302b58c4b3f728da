# features: [algorithms, realworld]
# stages: [run]
# Sieve of Eratosthenes, segmented sieve and prime statistics.
import sys


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


primes = sieve(100000)
print(len(primes), primes[:10], primes[-3:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print("twin primes:", twins)
if 0 is 0:
    print("warned comparison")


def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out


for n in (360, 9973, 2 ** 31 - 1, 600851475143, 1234567890):
    print(n, "=", " * ".join(map(str, factorize(n))))
goldbach = {n: next((p, n - p) for p in primes if (n - p) in set(primes[:2000])) for n in range(4, 40, 6)}
print(goldbach)
sys.exit(len(primes) % 7)
