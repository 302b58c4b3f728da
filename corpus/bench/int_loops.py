# features: [bench, int-arithmetic]
# stages: [run]
# flags: [slow]
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = max(range(1, 130000), key=collatz_len)
primes = [p for p in range(2, 30000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(best, collatz_len(best), len(primes), primes[-1])
