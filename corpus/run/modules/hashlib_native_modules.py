# features: [import, hashlib]
# stages: [run]
import _sha3, _blake2, _md5, _sha1, _sha256, _sha512, _hashlib
for m in (_sha3, _blake2, _md5, _sha1, _sha256, _sha512):
    print(m.__name__, [n for n in dir(m) if not n.startswith('__')])
for t in (_sha3.sha3_224, _sha3.shake_128, _blake2.blake2b, _md5.MD5Type, _sha256.SHA224Type, _hashlib.HASH, _hashlib.HASHXOF, _hashlib.HMAC):
    print(t, [n for n in dir(t) if not n.startswith('__')])
s = _sha3.shake_128(b'a'); print(s.name, s.digest_size, s.block_size, s._capacity_bits, s._rate_bits, s._suffix, s.hexdigest(10))
s = _sha3.sha3_384(b'a'); print(s.name, s.digest_size, s.block_size, s._capacity_bits, s._rate_bits, s._suffix, s.hexdigest())
print(_sha3.implementation, _sha3.keccakopt)
b = _blake2.blake2b(b'x', digest_size=20); print(b.name, b.digest_size, b.block_size, b.hexdigest())
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE, _blake2.BLAKE2S_PERSON_SIZE)
print(_sha256.sha224(b"abc").hexdigest(), _sha1.sha1(string=b"abc").hexdigest(), _md5.md5(usedforsecurity=False).name)
print(_sha512.sha512(b"abc").hexdigest()[:40])
print(sorted(_hashlib._constructors.values()), _hashlib.get_fips_mode(), _hashlib.UnsupportedDigestmodError.__mro__)
x = _hashlib.new('shake_256', b'a'); print(x.name, x.digest_size, x.block_size, x.hexdigest(length=4))
m = _hashlib.hmac_new(b'k', b'm', 'md5'); print(m.name, m.digest_size, m.block_size, m.hexdigest(), m.copy().digest())
m.update(msg=b"more"); print(m.hexdigest())
print(_hashlib.hmac_digest(b'k', b'm', 'sha1'))
try:
    class B(_blake2.blake2b): pass
except TypeError as e:
    print(e)
for bad in [lambda: _md5.MD5Type(), lambda: _md5.md5('s'), lambda: _md5.md5(1), lambda: s.digest(), lambda: _sha3.shake_128().digest(-1),
            lambda: _blake2.blake2b(digest_size=65), lambda: _blake2.blake2b(key=b'x'*65), lambda: _blake2.blake2s(salt=b'x'*9),
            lambda: _sha3.sha3_224('x'), lambda: _blake2.blake2b(b'', b''), lambda: _sha3.sha3_224(data=b'a'), lambda: _sha3.sha3_224(b'a', b'b'),
            lambda: _md5.md5(b'', b''), lambda: _blake2.blake2b(data=b'a'), lambda: _hashlib.new(name='md5', data=b'a'),
            lambda: _sha3.shake_128().digest(2**29), lambda: _sha3.shake_128().hexdigest(-1), lambda: _sha3.shake_128().digest('a'),
            lambda: _hashlib.new('shake_128').digest(-1), lambda: _sha3.shake_128().digest(length=3),
            lambda: _blake2.blake2b(b'x', person=b'p'*17), lambda: _blake2.blake2b(fanout=256), lambda: _blake2.blake2b(leaf_size=2**32),
            lambda: _blake2.blake2b(leaf_size=-1), lambda: _blake2.blake2s(node_offset=2**48), lambda: _blake2.blake2b(key='x'),
            lambda: _blake2.blake2b(digest_size=0), lambda: _blake2.blake2b(salt=1), lambda: _hashlib.new('md5').update(1),
            lambda: _sha3.sha3_224().update(1), lambda: _blake2.blake2b().update('x'), lambda: _hashlib.new('foo'), lambda: _hashlib.new(),
            lambda: _hashlib.hmac_new(b'k', b'', 'foo'), lambda: _hashlib.hmac_new(b'k'), lambda: _hashlib.pbkdf2_hmac('foo', b'', b'', 1),
            lambda: _hashlib.pbkdf2_hmac('sha1', b'', b'', 1, 0), lambda: _hashlib.HASH(), lambda: _hashlib.openssl_md5(b'', b''),
            lambda: _hashlib.hmac_new(b'k', b'', len), lambda: _hashlib.new(5), lambda: _blake2.blake2b(depth=0), lambda: _blake2.blake2b(inner_size=65),
            lambda: _blake2.blake2b(node_depth=-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
