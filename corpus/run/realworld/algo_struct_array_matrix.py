# features: [struct, array, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Binary records with struct, matrices in array('d'), and a checksum over packed data.
import struct
import array
from collections import namedtuple

Record = namedtuple("Record", "id flags score name")
FMT = "<IHf8s"
print(struct.calcsize(FMT), struct.calcsize(">IHf8s"), struct.calcsize("@IHf8s"))
recs = [Record(i, i * 3 & 0xFFFF, i / 4, ("item%d" % i).encode()) for i in range(5)]
blob = b"".join(struct.pack(FMT, *r) for r in recs)
print(len(blob), blob[:18].hex())
back = [Record(*t) for t in struct.iter_unpack(FMT, blob)]
print(back[3], back[3].name.rstrip(b"\0").decode())
s = struct.Struct(">hhl")
buf = bytearray(s.size * 2)
s.pack_into(buf, 0, 1, -2, 3)
s.pack_into(buf, s.size, -32768, 32767, -(2 ** 31))
print(buf.hex(), s.unpack_from(buf, s.size), s.format, s.size)
print(struct.pack("?xc3s", True, b"z", b"abcd"), struct.unpack("<d", struct.pack("<d", 0.1)), struct.pack(">e", 1.5))
for fmt, val in (("b", 200), ("H", -1), ("i", 2 ** 40)):
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)


def matmul(a, b, n):
    c = array.array("d", [0.0]) * (n * n)
    for i in range(n):
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                c[i * n + j] += aik * b[k * n + j]
    return c


n = 24
A = array.array("d", [(i * 7 + 3) % 11 / 10 for i in range(n * n)])
B = array.array("d", [(i * 5 + 1) % 13 / 10 for i in range(n * n)])
C = matmul(A, B, n)
print(round(sum(C), 6), C[:3], C.typecode, C.itemsize, len(C))
ident = array.array("d", [1.0 if i % (n + 1) == 0 else 0.0 for i in range(n * n)])
print(matmul(A, ident, n) == A)
ints = array.array("i", range(10))
ints.reverse()
ints.extend([100, 200])
ints.insert(0, -1)
print(ints, ints.index(100), ints.count(5), ints.pop(), ints.buffer_info()[1], ints.tobytes()[:8])
ints2 = array.array("i")
ints2.frombytes(ints.tobytes())
print(ints2 == ints, array.array("b", b"\x01\xff").tolist(), array.array("H", [1, 2]).byteswap() is None)
try:
    array.array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)
