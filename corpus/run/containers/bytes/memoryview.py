# features: [bytes, bytes-memoryview]
# stages: [run]
m = memoryview(b'abcdef')
print(m[0], m[1:3].tobytes(), bytes(m[::2]), len(m), m.readonly, m.tolist(), m.nbytes, m.format, m.itemsize, m == b'abcdef')
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = 65
print(ba, mv.readonly, mv.tobytes(), bytes(mv[1:]))
try:
    m[0] = 1
except TypeError as e:
    print(e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print(e)
