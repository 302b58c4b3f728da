# features: [float, float-methods]
# stages: [run]
for v in [0.5, -1.25, 3.0, 1e-3, 123.456, 1e20]:
    print(repr(v), v.as_integer_ratio(), v.is_integer(), float.fromhex(v.hex()) == v, int(v), round(v), round(v, 1), round(v, -1))
print(float('1_000.5'), float(' -12e-2 '), float('infinity'), float('-NaN'), float('1e500'), float(True), float(10**20))
for bad in ['', 'abc', '1.2.3', '1_', None, [1]]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    (1.5).as_integer_ratio(); float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), (0.1).hex())
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1e16 + 1.0, -2))
