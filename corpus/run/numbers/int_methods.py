# features: [int, int-methods]
# stages: [run]
for v in [0, 1, -1, 255, -256, 2**64, -(2**100) + 1, 12345678901234567890]:
    print(v, v.bit_length(), v.bit_count(), abs(v), -v, ~v, +v, v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
for v in [0, 1, 255, 65535, 2**64 - 1]:
    for order in ['big', 'little']:
        b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), order)
        print(v, order, b, int.from_bytes(b, order))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
print((5).as_integer_ratio(), (-5).as_integer_ratio(), True.as_integer_ratio())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(int.__name__, (7).__index__(), (7).__round__(-1), round(15, -1), round(25, -1), round(-35, -1))
