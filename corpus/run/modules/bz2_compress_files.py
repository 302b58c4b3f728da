# features: [import, bz2]
# stages: [run]
# flags: [needs-stdlib]
import bz2, io, zlib
data = b"".join(b"record %d %s\n" % (i, b"abc" * (i % 7)) for i in range(5000))
for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print(level, len(c), c[:10], zlib.crc32(c), bz2.decompress(c) == data)
print(bz2.decompress(bz2.compress(b"a") + bz2.compress(b"b")))
comp = bz2.BZ2Compressor()
parts = [comp.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)] + [comp.flush()]
s = b"".join(parts)
print([len(p) for p in parts], s == bz2.compress(data))
d = bz2.BZ2Decompressor()
out = d.decompress(s[:1000], 100)
print(len(out), d.needs_input, d.eof)
out += d.decompress(b"", 50000)
print(len(out), d.needs_input, d.eof)
out += d.decompress(s[1000:] + b"JUNK")
print(out == data, d.eof, d.unused_data, d.needs_input)
buf = io.BytesIO()
with bz2.BZ2File(buf, "wb") as f:
    f.write(data)
print(len(buf.getvalue()))
buf.seek(0)
with bz2.open(buf, "rt") as f:
    print(f.readline(), len(f.read()))
for bad in [lambda: bz2.decompress(b"not bz2"), lambda: bz2.decompress(bz2.compress(data)[:-10]), lambda: bz2.BZ2Compressor(0),
            lambda: d.decompress(b"x"), lambda: comp.compress(b"x"), lambda: comp.flush(), lambda: bz2.BZ2Decompressor().decompress("s")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
