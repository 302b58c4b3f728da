# features: [import, zlib, gzip, zipfile]
# stages: [run]
# flags: [needs-stdlib]
import gzip, zipfile, io, zlib
data = b"".join(b"row %d,%d,%s\n" % (i, i * i, b"x" * (i % 13)) for i in range(3000))
g = gzip.compress(data, mtime=0)
print(len(g), g[:16].hex(), zlib.crc32(g), gzip.decompress(g) == data)
g9 = gzip.compress(data, compresslevel=1, mtime=0)
print(len(g9), zlib.crc32(g9))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data[:5000]); f.write(data[5000:])
print(len(buf.getvalue()), zlib.crc32(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readline(), len(f.read()))
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", date_time=(2020, 1, 2, 3, 4, 6)), data)
    z.writestr(zipfile.ZipInfo("dir/b.bin", date_time=(2021, 5, 6, 7, 8, 10)), bytes(range(256)) * 10)
    zi = zipfile.ZipInfo("stored.txt", date_time=(2022, 1, 1, 0, 0, 0))
    z.writestr(zi, b"plain", compress_type=zipfile.ZIP_STORED)
print(len(zb.getvalue()), zlib.crc32(zb.getvalue()))
with zipfile.ZipFile(zb) as z:
    for info in z.infolist():
        print(info.filename, info.file_size, info.compress_size, info.CRC, info.compress_type, info.date_time)
    print(z.read("a.txt") == data, z.namelist(), z.testzip())
    with z.open("dir/b.bin") as f:
        print(f.read(10))
