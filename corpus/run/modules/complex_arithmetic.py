# features: [complex]
# stages: [run]
# complex arithmetic rounds as complexobject.c: _Py_c_quot, c_powi/_Py_c_pow, hypot for abs, the errors.
inf, nan = float('inf'), float('nan')
vals = [0j, -0j, 1 + 0j, 1j, -1j, 3 + 4j, -2.5 + 0.1j, 1e-310 + 1e-310j, 1e300 + 1e300j, complex(inf, 1), complex(nan, 0), 0.1 + 0.7j]
for x in vals:
    row = [abs(x)]
    for y in vals:
        for op in (lambda: x * y, lambda: x / y, lambda: x ** y, lambda: x + y, lambda: x - y):
            try:
                row.append(op())
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__ + ': ' + str(e))
    for n in (0, 1, 2, 3, -1, -3, 0.5, 17, 101, -2.5):
        try:
            row.append(x ** n)
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(row)
print(complex('1+2j'), complex(' (3-4.5j) '), complex('inf-infj'), complex('-nanj'), complex('1e3j'), complex(2, -0.0), -0j, 0j)
for s in ['1+', 'j1', '1 + 2j', '(1+2j', '']:
    try:
        print(complex(s))
    except ValueError as e:
        print(e)
print(2 ** (1 + 1j), 1j ** 1j, (-1) ** 0.5, (1e200 + 1e200j) * (1e200 + 1e200j), hash(1 + 2j), (1 + 2j).conjugate())
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(e)
