# features: [complex]
# stages: [run]
zs = [1j, 1 + 2j, -3.5j, complex(0, 0), complex(-0.0, -0.0), complex(1e20, 1e-20), complex('1+2j'), complex(3), 2 - 0j]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z))
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a == 1 + 2j, a != b, -a, +a)
print(complex('  -1.5e3-2j '), complex(1, 2) * 1.5, 2 ** (1j), 1j ** 2)
for bad in [lambda: a < b, lambda: a // b, lambda: complex('x'), lambda: 1j / 0, lambda: int(1j)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(format(1 + 2j, '.2f'), format(1.5 - 2j, '^20'), f'{3j:g}')
print(hash(1 + 0j) == hash(1), hash(2j))
