# features: [import, hashlib, hmac]
# stages: [run]
# flags: [needs-stdlib]
import hashlib, hmac, secrets
data = b"The quick brown fox jumps over the lazy dog" * 3
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, data)
    if name.startswith("shake"):
        print(name, h.hexdigest(20), h.digest_size, h.block_size)
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    f = getattr(hashlib, n)
    h = f()
    for i in range(300):
        h.update(bytes([i % 256]) * (i % 7))
    c = h.copy(); c.update(b"x")
    print(n, h.hexdigest()[:32], c.hexdigest()[:32], type(h).__name__)
print(hashlib.blake2b(b"abc", digest_size=20, key=b"k"*10, salt=b"s", person=b"me").hexdigest())
print(hashlib.blake2s(b"abc", digest_size=16, key=b"key", salt=b"salt", person=b"p").hexdigest())
print(hashlib.blake2b(b"x", fanout=2, depth=3, leaf_size=100, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"x", fanout=2, depth=3, leaf_size=100, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
print(hashlib.blake2b(b"a"*128).hexdigest()[:20], hashlib.blake2b(b"a"*129).hexdigest()[:20], hashlib.blake2s(b"a"*64).hexdigest()[:20])
print(hashlib.sha3_224(b"a"*200).hexdigest(), hashlib.shake_256(b"a"*500).hexdigest(300)[-20:])
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest())
print(hmac.new(b"key"*40, b"msg", "sha512").hexdigest())
print(hmac.new(b"key", b"msg", "md5").name, hmac.digest(b"k", b"m", "sha1").hex())
print(hmac.new(b"key", b"msg", hashlib.blake2b).hexdigest()[:30])
print(hmac.new(b"key", b"msg", "sha3_256").hexdigest()[:30])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("md5", b"password", b"salt", 100, 40).hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"password", b"salt", 10).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)))
print(hashlib.new("sha512_256", b"abc").hexdigest(), hashlib.new("SHA256").name, hashlib.new("md5-sha1", b"").hexdigest())
for bad in [lambda: hashlib.new("foo"), lambda: hashlib.sha256("str"), lambda: hashlib.md5(1), lambda: hashlib.blake2b(digest_size=99),
            lambda: hashlib.pbkdf2_hmac("sha1", b"", b"", 0), lambda: hashlib.shake_128().digest(), lambda: hmac.new(b"k")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
