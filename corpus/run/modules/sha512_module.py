# features: [import, sha512]
# stages: [run]
import _sha512

h = _sha512.sha512(b"abc")
print(h.hexdigest(), h.name, h.digest_size, h.block_size, type(h).__name__)
c = h.copy()
c.update(b"def")
c.update(bytearray(b"g"))
print(h.digest()[:8], c.hexdigest())
print(_sha512.sha384().hexdigest(), _sha512.sha384(string=b"x" * 200).name)
try:
    h.update("text")
except TypeError as e:
    print("TypeError", e)
