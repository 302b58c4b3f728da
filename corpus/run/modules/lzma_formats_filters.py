# features: [import, lzma]
# stages: [run]
# flags: [needs-stdlib]
import lzma, io, zlib
data = b"".join(b"entry %d %s\n" % (i, b"xyz" * (i % 5)) for i in range(4000))
for kw in [{}, {"preset": 1}, {"preset": 9 | lzma.PRESET_EXTREME}, {"check": lzma.CHECK_CRC32}, {"check": lzma.CHECK_SHA256},
           {"format": lzma.FORMAT_ALONE}, {"format": lzma.FORMAT_RAW, "filters": [{"id": lzma.FILTER_LZMA2, "preset": 3}]},
           {"filters": [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20, "lc": 2}]},
           {"format": lzma.FORMAT_RAW, "filters": [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA1, "mode": lzma.MODE_FAST}]}]:
    c = lzma.compress(data, **kw)
    dkw = {"format": kw["format"], "filters": kw["filters"]} if kw.get("format") == lzma.FORMAT_RAW else {}
    print(sorted(kw), len(c), c[:8].hex(), zlib.crc32(c), lzma.decompress(c, **dkw) == data)
d = lzma.LZMADecompressor()
s = lzma.compress(data)
out = d.decompress(s[:500], 100)
print(len(out), d.needs_input, d.eof, d.check)
out += d.decompress(b"", 100000)
print(len(out), d.needs_input)
out += d.decompress(s[500:] + b"TRAIL")
print(out == data, d.eof, d.unused_data, d.check, d.needs_input)
print(lzma.decompress(lzma.compress(b"one") + lzma.compress(b"two")))
comp = lzma.LZMACompressor()
parts = [comp.compress(data[i:i + 9000]) for i in range(0, len(data), 9000)] + [comp.flush()]
print([len(p) for p in parts], b"".join(parts) == s)
buf = io.BytesIO()
with lzma.open(buf, "wt") as f:
    f.write("hello\n" * 100)
print(len(buf.getvalue()))
buf.seek(0)
with lzma.open(buf, "rt") as f:
    print(repr(f.readline()), len(f.read()))
print(lzma.is_check_supported(lzma.CHECK_SHA256), lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 6}),
      lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
for bad in [lambda: lzma.decompress(b"not lzma data at all"), lambda: lzma.decompress(s[:-20]), lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW),
            lambda: lzma.LZMACompressor(preset=10), lambda: lzma.LZMACompressor(check=lzma.CHECK_CRC32, format=lzma.FORMAT_ALONE),
            lambda: lzma.LZMACompressor(filters=[{"id": 99}]), lambda: lzma.LZMACompressor(filters=[{"foo": 1}]),
            lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "bogus": 1}]), lambda: d.decompress(b"x"),
            lambda: comp.flush(), lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW), lambda: lzma.LZMACompressor(preset=1, filters=[])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
