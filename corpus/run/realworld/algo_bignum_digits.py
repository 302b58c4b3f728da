# features: [bignum, realworld]
# stages: [run]
# Big integer workloads: factorial digits, Fibonacci, powers, digit sums, int<->str limits.
import math
import sys

f1000 = math.factorial(1000)
s = str(f1000)
print(len(s), sum(map(int, s)), s[:30], len(s) - len(s.rstrip("0")))
a, b = 0, 1
n = 0
while len(str(a)) < 1000:
    a, b = b, a + b
    n += 1
print("first Fibonacci with 1000 digits: F(%d)" % n)
print(2 ** 1000 % 1000007, sum(int(d) for d in str(2 ** 1000)), (3 ** 200).bit_length())
print(math.comb(100, 50), math.perm(20, 5), math.gcd(2 ** 64 - 1, 2 ** 48 - 1), math.lcm(12, 18, 30))
print(math.isqrt(10 ** 40 + 12345), pow(7, -1, 40), pow(2, 10 ** 6, 10 ** 9 + 7))
x = 12345678901234567890123456789
print(x // 97, x % 97, divmod(-x, 97), x >> 40, x & 0xFFFF, ~x, -x // 10 ** 10)
print(int("1" * 50, 2), int("zz" * 10, 36), hex(x), oct(x)[:12], bin(x)[:20], f"{x:,}", f"{x:_x}", f"{x:e}")
print(x.to_bytes(16, "big").hex(), int.from_bytes(b"\xff" * 9, "little", signed=True))
print(sys.int_info.bits_per_digit, sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
print(float(10 ** 308), int(1e300) % 1000)
print(10 ** 400 * 1.0)
