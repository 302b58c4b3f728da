# features: [int, int-parse]
# stages: [run]
for s, base in [('10', 10), ('  -42 ', 10), ('ff', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('1_000', 10),
                ('z', 36), ('Z9', 36), ('+7', 10), ('0', 0), ('00', 0), ('010', 0), ('1__0', 10), ('', 10), ('12', 2),
                ('٣٤', 10), ('1e3', 10), ('0x', 16), (' 0b1_1 ', 0), ('-0o7', 8)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, 'ValueError:', e)
for v in [3.9, -3.9, True, '12', b'34', bytearray(b'56'), 1e20]:
    print(repr(v), int(v))
for bad in [lambda: int('1', 1), lambda: int('1', 37), lambda: int(1.5, 10), lambda: int(None), lambda: int(float('inf')), lambda: int(float('nan')), lambda: int([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
