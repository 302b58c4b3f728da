# features: [bytes, bytes-bytearray]
# stages: [run]
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba[0] = 65; ba[1:3] = b'XYZ'; print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba, bytes(ba), ba.decode(), ba == b'XYZde', ba.upper(), ba.find(b'Z'))
ba.insert(0, 33); ba.reverse(); ba.remove(90); print(ba, bytearray(3), bytearray([1, 2]), bytearray('hi', 'ascii'))
del ba[::2]; ba += b'++'; ba *= 2; print(ba, ba.hex(), ba.count(b'+'))
for bad in [lambda: ba.append(256), lambda: ba.remove(7), lambda: bytearray().pop(), lambda: hash(ba), lambda: ba.__setitem__(0, 'x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
