# features: [struct, buffer-protocol]
# stages: [run]
import _struct as struct

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for fmt in ["i", "<i", ">i", "!h", "=q", "@l", "<l", "bhilqnP", "<bhilq", "cxh", "3s", "10p", "?d", "e", "<e", ">f", "ci", "ic", "i0l", "4x2H", " i  h ", "", "0s", "5i"]:
    print(repr(fmt), struct.calcsize(fmt))

print(struct.pack("<i", 1), struct.pack(">i", -2), struct.pack("@i", 3), struct.pack("!H", 0xBEEF))
print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack("@bhil", 1, 2, 3, 4), struct.pack("@nNP", -1, 2, 3))
print(struct.pack("c3s5p?x", b"z", b"abcdef", b"hi", 7))
print(struct.pack("<efd", 1.5, -2.25, 3.125), struct.pack(">efd", 65504.0, 1e38, -0.0))
print(struct.unpack("<bBhHiIlLqQ", struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1)))
print(struct.unpack(">efd", struct.pack(">efd", 0.333, 0.1, 0.1)))
print(struct.unpack("c3s5p?", b"zabc\x02hi\x00\x00\x05"))
print(struct.unpack("@ci", struct.pack("@ci", b"a", 7)))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"))
print(struct.pack("<i", True), struct.pack("<?", []), struct.pack("<?", "x"))

class Idx:
    def __index__(self):
        return 42
print(struct.pack("<i", Idx()), struct.pack("<d", 3))

s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), type(s).__name__)
buf = bytearray(12)
s.pack_into(buf, 2, -1, -1)
struct.pack_into(">h", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<h", buf, offset=-2), struct.unpack_from("B", memoryview(buf), 1))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")), list(s.iter_unpack(bytes(12))))
mv = memoryview(bytearray(8))
struct.pack_into("<q", mv, 0, -2)
print(mv.tobytes(), struct.unpack("<q", mv))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))

attempt("bad char", lambda: struct.pack("<y", 1))
attempt("bad native only", lambda: struct.calcsize("<n"))
attempt("count only", lambda: struct.calcsize("12"))
attempt("wrong count", lambda: struct.pack("<ii", 1))
attempt("too many", lambda: struct.pack("<i", 1, 2))
attempt("not int", lambda: struct.pack("<i", 1.5))
attempt("not int str", lambda: struct.pack("<i", "1"))
attempt("not float", lambda: struct.pack("<d", "1"))
attempt("byte range", lambda: struct.pack("b", 200))
attempt("ubyte range", lambda: struct.pack("B", -1))
attempt("short range", lambda: struct.pack("<h", 40000))
attempt("big short range", lambda: struct.pack(">h", 40000))
attempt("big ushort neg", lambda: struct.pack(">H", -1))
attempt("big ushort", lambda: struct.pack(">H", 70000))
attempt("int range", lambda: struct.pack("i", 2**31))
attempt("uint range", lambda: struct.pack("I", 2**32))
attempt("uint neg", lambda: struct.pack("I", -1))
attempt("std long", lambda: struct.pack("<l", 2**31))
attempt("std ulong", lambda: struct.pack("<L", 2**32))
attempt("q range", lambda: struct.pack("q", 2**63))
attempt("big q range", lambda: struct.pack(">q", 2**63))
attempt("big Q neg", lambda: struct.pack(">Q", -1))
attempt("long huge", lambda: struct.pack("l", 2**70))
attempt("P huge", lambda: struct.pack("P", 2**70))
attempt("f overflow", lambda: struct.pack("<f", 1e300))
attempt("e overflow", lambda: struct.pack("<e", 1e6))
attempt("char", lambda: struct.pack("c", b"ab"))
attempt("char str", lambda: struct.pack("c", "a"))
attempt("s str", lambda: struct.pack("3s", "abc"))
attempt("unpack size", lambda: struct.unpack("<i", b"abc"))
attempt("unpack str", lambda: struct.unpack("<i", "abcd"))
attempt("unpack_from short", lambda: struct.unpack_from("<i", b"abcdef", 4))
attempt("unpack_from neg", lambda: struct.unpack_from("<i", b"abcdef", -10))
attempt("pack_into short", lambda: struct.pack_into("<i", bytearray(6), 4, 1))
attempt("pack_into neg space", lambda: struct.pack_into("<i", bytearray(6), -2, 1))
attempt("pack_into neg range", lambda: struct.pack_into("<i", bytearray(6), -10, 1))
attempt("pack_into bytes", lambda: struct.pack_into("<i", b"123456", 0, 1))
attempt("iter zero", lambda: struct.iter_unpack("", b""))
attempt("iter multiple", lambda: struct.iter_unpack("<i", b"abcde"))
attempt("format type", lambda: struct.Struct(5))
attempt("format bytes", lambda: struct.Struct(b"<i").format)
