# features: [benchmark, bignum, realworld]
# stages: [run]
# flags: [needs-stdlib]
# pidigits: spigot algorithm over big ints (Benchmarks Game style output).
import itertools


def gen_pi_digits():
    k = 0
    n1, n2, d = 4, 3, 1
    u, v, w = 0, 0, 0
    q, r, t = 1, 0, 1
    while True:
        k += 1
        t = 2 * k + 1
        u = q * k
        r = (2 * q + r) * t
        q = u
        d *= t
        # compute digit candidates
        if q > r:
            continue
        u = (q * 3 + r) // d
        v = (q * 4 + r) // d
        if u == v:
            yield u
            q *= 10
            r = 10 * (r - d * u)


def calc_ndigits(n):
    # Classic unbounded spigot by Gibbons.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


digits = calc_ndigits(300)
for i in range(0, len(digits), 10):
    line = "".join(map(str, digits[i:i + 10]))
    print("%-10s\t:%d" % (line, i + 10))
print(sum(digits), digits[:5])
print(list(itertools.islice(gen_pi_digits(), 0)))
big = 1
for i in range(1, 400):
    big *= i
s = str(big)
print(len(s), s[:20], s[-20:].count("0"), hex(big)[:20], big.bit_length())
print(divmod(big, 10 ** 50)[1] == 0, pow(3, 1000, 10 ** 9 + 7), (-big) // 7 % 1000)
