# features: [int, bytes]
# stages: [run]
# int.from_bytes goes through PyObject_Bytes: iterables and __bytes__ are accepted (ipaddress relies on it)
print(int.from_bytes(map(int, [1, 2, 3]), 'big'))
print(int.from_bytes([255, 255], 'little', signed=True))
print(int.from_bytes(bytearray(b'\x01\x00'), byteorder='little'))
class B:
    def __bytes__(self):
        return b'\x7f'
print(int.from_bytes(B(), 'big'))
class I(int):
    pass
print(type(I.from_bytes(b'\x02', 'big')).__name__, I.from_bytes(b'\x02', 'big'))
for bad in [(5, 'big'), ('ab', 'big'), (b'a', 'middle'), ([256], 'big')]:
    try:
        int.from_bytes(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
