# features: [realworld, stdlib-struct, stdlib-base64]
# stages: [run]
# flags: [needs-stdlib]
import struct, base64, binascii, array

hdr = struct.pack("<4sHHI", b"RIFF", 1, 2, 0xDEADBEEF)
print(hdr, len(hdr), struct.calcsize("<4sHHI"), struct.calcsize("@4sHHI"), struct.calcsize("iqc"))
print(struct.unpack("<4sHHI", hdr), struct.unpack(">I", b"\x00\x00\x01\x00"))
rec = struct.Struct("!hif?3s")
packed = rec.pack(-2, 70000, 1.5, True, b"abcd")
print(packed.hex(), rec.size, rec.format, rec.unpack(packed))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
buf = bytearray(8); struct.pack_into(">ii", buf, 0, 1, -1); print(buf, struct.unpack_from(">i", buf, 4))
for fmt, v in [("b", 200), ("H", -1), ("i", 2**40), ("?", 2)]:
    try:
        print(fmt, struct.pack(fmt, v))
    except struct.error as e:
        print(fmt, "error:", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print(e)
print(struct.pack("<d", 3.14).hex(), struct.unpack("<e", struct.pack("<e", 1.5)), struct.pack("<q", -1))
raw = b"Hello, World! \x00\xff\xfe"
e64 = base64.b64encode(raw); print(e64, base64.b64decode(e64) == raw)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.b85encode(b"hello"))
print(base64.a85encode(b"hello world"), base64.b32decode(b"MFRGG==="), base64.standard_b64decode("YWJj"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\x10\xff", "-"), binascii.unhexlify("48656c6c6f"), binascii.crc32(b"hello"), hex(binascii.crc_hqx(b"abc", 0)))
print(bytes.fromhex("de ad be ef").hex(":"), b"abc".hex(), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"))
arr = array.array("i", [1, 2, 3]); arr.append(4); arr.extend([5, 6])
print(arr, arr.tobytes()[:8], arr.itemsize, arr.typecode, arr[::2], sum(arr), arr.index(3))
arr2 = array.array("d"); arr2.frombytes(struct.pack("<2d", 1.0, 2.5)); print(arr2, arr2.tolist())
b = array.array("B", b"hello"); b.reverse(); print(b.tobytes(), array.array("u", "hi"))
mv = memoryview(bytearray(b"abcdef")); mv[0:2] = b"XY"; print(mv.tobytes(), mv[2], mv[-2:].tobytes(), mv.nbytes)
m2 = memoryview(array.array("h", [1, 2, 3])); print(m2.format, m2.itemsize, m2.tolist(), m2.cast("B").tolist())
