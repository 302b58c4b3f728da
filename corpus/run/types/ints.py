# features: [int, arbitrary-precision, int-formatting]
# stages: [run]
print(2 ** 100, -2 ** 63, 2 ** 63, (2 ** 64) // 3, -7 // 2, -7 % 2, 7 % -2, divmod(-17, 5))
print(10 ** 20 + 1, (10 ** 20) * (10 ** 20), 12345678901234567890 % 97, 1 << 70, (1 << 70) >> 65)
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int(3.99), int(-3.99), int("z", 36))
print(hex(255), oct(8), bin(5), hex(-255), format(255, '#x'), format(1234567, ','), format(42, '08d'), format(-42, '+d'))
print(abs(-5), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), round(1234, -2), round(1250, -2), (7).bit_length())
print(True + True, True * 10, int(True), 5 / 2, 4 / 2, 2 ** -1, 0 ** 0)
print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'))
for bad in ["12a", "", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 7 ** 5000
try:
    str(x)
except ValueError as e:
    print("ValueError:", e)
print(len(str(7 ** 4000)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(10 ** 30))
