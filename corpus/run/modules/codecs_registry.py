# features: [import, codecs]
# stages: [run]
import codecs
print(codecs.lookup("UTF-8").name, codecs.lookup("Latin 1").name, codecs.lookup("utf_16_le").name)
print(codecs.encode("h\xe9llo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"))
print(codecs.encode("abc", "rot13"), codecs.encode(b"abc", "hex"), codecs.decode("6162", "hex"))
print("h\xe9llo\u20ac".encode("cp1252"), b"\x80abc".decode("cp1252"), "\u0436".encode("koi8_r"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError:", e)
def search(name):
    if name == "myenc":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper(), len(s)),
                                lambda b, errors="strict": (str(b), len(b)), name="myenc")
    return None
codecs.register(search)
print(codecs.encode("abc", "myenc"), codecs.lookup("MYENC").name)
try:
    "abc".encode("myenc")
except TypeError as e:
    print("TypeError:", e)
codecs.unregister(search)
try:
    codecs.lookup("myenc2")
except LookupError as e:
    print("LookupError:", e)
