# features: [bytes, bytes-basic]
# stages: [run]
b = b'hello world'
print(b, b[0], b[-1], b[1:4], b[::-1], len(b), b.upper(), b.title(), b.split(), b.replace(b'o', b'0'), b.find(b'o'), b.count(b'l'))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes.fromhex('de ad BE ef'), b.hex(), b.hex(':'), b'\x00\xff\n\t\'"')
print(b + b'!', b * 2, b'ab' < b'b', b'l' in b, 108 in b, list(b'ab'), b.decode(), b.startswith(b'he'), b.strip(b'hd'))
for bad in [lambda: b'a' + 'b', lambda: bytes([256]), lambda: bytes('x'), lambda: b'\xff'.decode(), lambda: b'a'[5], lambda: bytes.fromhex('zz')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
