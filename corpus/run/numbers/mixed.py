# features: [numbers, int-float-mixing, comparisons]
# stages: [run]
print(1 + 2.0, 3 * 1.5, 7 / 7, 2 ** 0.5, 10 // 3.0, 10 % 3.0, -(-3), +4, ~5, abs(-2.5))
print(1 == 1.0, 2 ** 64 == float(2 ** 64), 10 ** 16 + 1 > 1e16, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(int("101", 2), int(2.9e5), float(7), complex("1+2j") if False else complex(1, 2), bool(0.0), bool(-1))
print(max(1, 2.5, 2), min(-1, -1.0), sum([0.1] * 10), sum(range(101)), divmod(-7.5, 2))
print(sorted([3, 1.5, 2, -0.5]), 5 // -2, 5 % -2, -5 // 2, -5 % 2, 2 ** 100 % 7, pow(10, 20, 7))
print(1 < 2 < 3, 3 > 2 > 2, 1 != 1.0, [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), "a" < "b" < "c")
print(0.1 * 3, 1e-7, 1.0e100, 123e-300, 2.0 ** 1023 * 1.999, 9007199254740993, float(9007199254740993))
big = 123456789 ** 5
print(big, big // 10 ** 10, big % 1000, -big, big.bit_length(), str(big)[:10], hash(big))
print(int(-0.5), int(0.999), round(-0.5), round(1.5), round(2.5), round(-1.5), round(7.125, 2))
print(True + 1, False * 3, True / 2, True and 3, 0 or "x", None or [] or 0)
print(3 & 5, 3 | 5, 3 ^ 5, 1 << 10, 1024 >> 3, -1 >> 5, ~0, -8 & 0xff, 0x10, 0o17, 0b11)
print(float("1_000.5"), 1_000_000, 0xFF_FF, 1e3.__class__.__name__, (3).__add__(4), (2.5).__mul__(2))
