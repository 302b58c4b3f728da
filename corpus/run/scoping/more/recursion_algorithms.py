# features: [scoping, functions]
# stages: [run]
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
def hanoi(n, a='A', b='B', c='C'):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
def perms(s):
    if len(s) <= 1: return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(fact(30), len(hanoi(10)), hanoi(2), perms('abc'))
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
