# features: [import, codecs]
# stages: [run]
import codecs
s = "ab\u20acc\xe9"
for errors in ("ignore", "replace", "xmlcharrefreplace", "backslashreplace"):
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
for errors in ("ignore", "replace", "backslashreplace"):
    print(errors, ascii(b"a\xffb\xc3".decode("utf-8", errors)), ascii(b"a\x80".decode("ascii", errors)))
print(ascii(b"a\xffb".decode("utf-8", "surrogateescape")), "a\udcffb".encode("utf-8", "surrogateescape"))
print("a\ud800".encode("utf-8", "surrogatepass"), ascii(b"a\xed\xa0\x80".decode("utf-8", "surrogatepass")))
try:
    "a\u20ac\u20acb".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
try:
    "a\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
def mine(e):
    return ("<%d-%d>" % (e.start, e.end), e.end)
codecs.register_error("test.mine", mine)
print("a\u20acb".encode("ascii", "test.mine"), b"a\xffb".decode("utf-8", "test.mine"))
print(codecs.lookup_error("test.mine") is mine, codecs.lookup_error("strict").__name__)
print(codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "x")))
print(codecs.lookup_error("backslashreplace")(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("ascii", "nope")
except LookupError as e:
    print("LookupError:", e)
