# features: [float, float-repr]
# stages: [run]
vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7, 5e-324, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 100.0, 1e22, 1e23, 9.999999999999999e22, 0.3, 2.5, 3.14159, -2.5e-10, 1234.5678, 12345678.9]
for v in vals:
    print(repr(v), str(v), v.is_integer() if v == v and abs(v) != float('inf') else '-', v.hex())
