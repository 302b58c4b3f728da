# features: [benchmark, floats, complex, realworld]
# stages: [run]
# flags: [needs-stdlib]
# mandelbrot: PBM-style bitmap summarized with a checksum, plus an ASCII rendering.
import sys
import binascii


def mandelbrot(size):
    out = bytearray()
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        bits, bit = 0, 128
        for x in range(size):
            c = complex(2.0 * x / size - 1.5, ci)
            z = 0j
            for _ in range(50):
                z = z * z + c
                if abs(z) > 2.0:
                    break
            else:
                bits |= bit
            bit >>= 1
            if bit == 0:
                out.append(bits)
                bits, bit = 0, 128
        if bit != 128:
            out.append(bits)
    return bytes(out)


size = 64
data = mandelbrot(size)
header = b"P4\n%d %d\n" % (size, size)
print(header)
print(len(data), binascii.crc32(header + data), sum(data) % 65521, data[:16].hex())
for y in range(0, 40, 2):
    row = []
    for x in range(70):
        c = complex(-2.2 + 3.0 * x / 70, -1.2 + 2.4 * y / 40)
        z, n = 0j, 0
        while abs(z) <= 2 and n < 30:
            z = z * z + c
            n += 1
        row.append(" .:-=+*#%@"[min(n // 3, 9)])
    print("".join(row).rstrip())
sys.stdout.write("done\n")
