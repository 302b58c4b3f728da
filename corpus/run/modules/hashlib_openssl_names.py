# features: [import, hashlib]
# stages: [run]
# flags: [needs-stdlib]
import hashlib
# algorithms_available, ripemd160 and sm3 depend on the OpenSSL build and its providers: not printed here.
print(sorted(hashlib.algorithms_available & {"sha512_224", "sha512_256", "md5-sha1"}))
print(sorted(hashlib.algorithms_guaranteed))
for name in ("sha512_224", "sha512_256", "md5-sha1"):
    for data in (b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"message digest" * 20):
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size)
