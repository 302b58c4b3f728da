# features: [cmath, complex]
# stages: [run]
# cmath: every function on ordinary, large, tiny and special arguments (C99 Annex G tables), with the
# exact errors; constants; polar/rect/phase; isclose.
import cmath
import math

inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-310, 1e300, -1e300, 710.0, inf, -inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']
for name in names:
    f = getattr(cmath, name)
    row = []
    for a in parts:
        for b in parts:
            try:
                row.append(repr(f(complex(a, b))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__ + ': ' + str(e))
    print(name, ' '.join(row))

for r, phi in [(1, 0.0), (2, math.pi / 3), (-1, -0.0), (inf, 1.0), (-inf, 2.0), (3, inf), (0.0, inf), (nan, 0.0)]:
    try:
        print('rect', r, phi, cmath.rect(r, phi))
    except ValueError as e:
        print('rect', r, phi, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.log(8, 2), cmath.log(-1), cmath.log(1j, 10), cmath.log10(-100))
try:
    cmath.log(0)
except ValueError as e:
    print('log(0):', e)
print(cmath.polar(-1), cmath.polar(3 + 4j), cmath.phase(-1 + 0j), cmath.phase(-1 - 0j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, abs_tol=0.2), cmath.isfinite(1 + 1j),
      cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 0)))


class Z:
    def __complex__(self):
        return 3 + 4j


class R:
    def __float__(self):
        return 2.5


print(cmath.sqrt(Z()), cmath.exp(R()), cmath.sqrt(-4), cmath.sqrt(4))
for bad in ['1', None]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print(e)
try:
    cmath.sqrt()
except TypeError as e:
    print(e)

# Roots of a quadratic with complex coefficients, and the roots of unity.
a, b, c = 1, 2 + 1j, 3 - 2j
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
print([cmath.rect(1, 2 * math.pi * k / 5) for k in range(5)])
print(sum(cmath.exp(2j * math.pi * k / 7) for k in range(7)))
