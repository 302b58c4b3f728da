# features: [import, hashlib]
# stages: [run]
# flags: [needs-stdlib]
import hashlib
print(sorted(hashlib.algorithms_available))
print(sorted(hashlib.algorithms_guaranteed))
for name in ("ripemd160", "sm3", "sha512_224", "sha512_256", "md5-sha1"):
    for data in (b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"message digest" * 20):
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size)
h = hashlib.new("ripemd160")
h.update(b"The quick brown fox ")
c = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest(), c.hexdigest())
pub = bytes.fromhex("0250863ad64a87ae8a2fe83c1af1a8403cb53f53e486d8511dad8a04887e5b2352")
print(hashlib.new("ripemd160", hashlib.sha256(pub).digest()).hexdigest())
