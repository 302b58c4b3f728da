# features: [float, float-repr, float-formatting]
# stages: [run]
vals = [0.1, 1/3, 1e16, 1e15, 1e-5, 1e-4, 123456.789, -0.0, 2.5, 1e300 * 10, -1e300 * 10, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:10.2f}|")
print(0.1 + 0.2, 1.1 * 3, 2 ** 0.5, 10 / 3, -7 / 2, 7 // 2.0, -7 // 2.0, 7 % -2.5, divmod(7.5, 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.5), round(0.125, 2), round(123.456, -1))
print(float("1e3"), float(" -2.5 "), float("inf"), float("-nan"), float(10 ** 20))
print(int(1e20), (1.5).as_integer_ratio(), (0.5).is_integer(), float.hex(1.0) if hasattr(float, 'hex') else None)
print(f"{1234567.891:,.2f}", f"{0.25:%}", f"{0.5:.0%}", f"{12.0:g}", f"{1e20:g}", f"{1.5e-7:g}", f"{3.14159:+.2e}")
print(1e22, 1e21, 123456789012345678.0, 0.000123, 100.0, 1.0e-10)
print(3.0 == 3, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), hash(3.0) == hash(3), float('nan') == float('nan'))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(complex(1, 2), complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2, -1j)
