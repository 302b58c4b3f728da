# features: [tuple, bytes, bytearray]
# stages: [run]
t = (3, 1, 2)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, t.index(1), t.count(2), sorted(t), (1,), ())
print(t == (3, 1, 2), t < (3, 2), hash(t) == hash((3, 1, 2)), tuple("ab"), tuple(range(3)))
a, b, c = t
print(a, b, c, max(t), min(t), 2 in t)
b1 = b"hello"
print(b1, b1[0], b1[1:3], len(b1), b1 + b" world", b1 * 2, b1.upper(), b1.decode(), bytes(3), bytes([72, 105]))
print(b1.split(b"l"), b"  x ".strip(), b",".join([b"a", b"b"]), b1.find(b"ll"), b1.startswith(b"he"), b1.hex())
ba = bytearray(b"abc")
ba.append(100); ba[0] = 65
print(ba, len(ba), bytes(ba), list(ba))
print(repr(b"\x00\xff'\""), b"abc" == b"abc", b"a" < b"b")
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
