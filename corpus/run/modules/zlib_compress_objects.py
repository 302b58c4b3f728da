# features: [import, zlib]
# stages: [run]
import zlib
data = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(2000))
print([n for n in dir(zlib) if not n.startswith("_")], zlib.__version__)
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12], zlib.crc32(c), zlib.decompress(c) == data)
for wbits in (9, 15, -15, -9, 31, 25):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), c[:6].hex(), zlib.decompress(c, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 32 + 15) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.adler32(b"hello"), zlib.adler32(b"x", 2**40), zlib.crc32(b"abc", -1))
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
stream = b"".join(parts)
print([len(p) for p in parts][:8], len(stream))
do = zlib.decompressobj(-12)
out = do.decompress(stream[:500], 300)
print(len(out), len(do.unconsumed_tail), do.eof)
rest = do.decompress(do.unconsumed_tail + stream[500:]) + do.flush()
print(out + rest == data + b"tail", do.eof, do.unused_data)
do = zlib.decompressobj()
print(len(do.decompress(zlib.compress(b"abc") + b"EXTRA")), do.unused_data, do.eof)
zd = b"quick brown fox lazy dog"
c = zlib.compressobj(zdict=zd); s = c.compress(data[:300]) + c.flush()
print(len(s), zlib.decompressobj(zdict=zd).decompress(s) == data[:300])
c1 = zlib.compressobj(); c1.compress(b"abc" * 100); c2 = c1.copy(); print(c1.flush() == c2.flush())
d1 = zlib.decompressobj(); d1.decompress(zlib.compress(b"xyz" * 50)[:10]); d2 = d1.copy(); print(d2.flush(), d1.eof)
print(type(co), type(do), zlib.error.__module__, zlib.DEF_BUF_SIZE, zlib.MAX_WBITS)
for f in [lambda: zlib.decompress(b"abc"), lambda: zlib.decompress(zlib.compress(b"hello")[:-3]), lambda: zlib.compress(b"x", 10),
          lambda: zlib.compressobj(wbits=3), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compress("s"), lambda: zlib.crc32("s"),
          lambda: zlib.decompress(b""), lambda: zlib.compress(b"x", wbits=99), lambda: zlib.decompress(zlib.compress(b"x"), wbits=-15),
          lambda: zlib.decompressobj().decompress(b"x", -1), lambda: zlib.decompressobj().flush(0), lambda: zlib.decompress(b"x", bufsize=-1),
          lambda: zlib.decompressobj(zdict="s"), lambda: co.compress(b"after finish"), lambda: zlib.decompressobj().decompress(b"garbage!"),
          lambda: zlib.decompress(zlib.compress(b"x", wbits=-15))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
