# features: [realworld, bytes, strings, codecs]
# stages: [run]
text = "Grüße, 世界! 👋"
for enc in ["utf-8", "utf-16", "utf-16-le", "latin-1", "ascii", "cp1252", "utf-32-be"]:
    try:
        b = text.encode(enc)
        print(enc, len(b), b[:12])
    except UnicodeEncodeError as e:
        print(enc, "error:", e)
        print("  replace:", text.encode(enc, errors="replace"), text.encode(enc, errors="ignore"), text.encode(enc, "xmlcharrefreplace"), text.encode(enc, "backslashreplace"))
raw = "Grüße".encode("utf-8")
for enc in ["utf-8", "latin-1", "ascii", "cp1252"]:
    try:
        print(enc, repr(raw.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, "error:", e, "|", raw.decode(enc, "replace"), raw.decode(enc, "surrogateescape").encode("utf-8", "surrogateescape") == raw)
print(len(text), len(text.encode()), [hex(ord(c)) for c in text[-2:]], text[::-1], text.upper(), text.casefold())
b = b"Hello World"
print(b.lower(), b.split(), b.replace(b"o", b"0"), b.find(b"W"), b.startswith(b"He"), b[1], b[1:3], list(b[:3]), b * 2, b"x" in b)
print(bytes(5), bytes([65, 66]), bytes("é", "utf-8"), bytearray(b"abc").upper(), b"%s-%d" % (b"x", 5), b"a,b".split(b","), b" x ".strip())
ba = bytearray(b"hello"); ba[0] = 74; ba.extend(b"!!"); ba.insert(0, 62); del ba[-1]; print(ba, ba.decode(), ba.pop(), len(ba))
print(b"\x00\x7f\x80\xff", repr(b"'\""), b"abc".hex(), bytes.fromhex("61 62"), b"ab".center(6, b"*"), b"tEsT".swapcase(), b"abc".isalpha())
print(str(b"abc"), str(b"abc", "ascii"), "abc".encode() == b"abc", ord("€"), chr(0x1F600), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print(ascii("naïve ☃"), repr("tab\there\nnl"), "%r" % "quote's", "é".encode("unicode_escape"), b"\\u00e9".decode("unicode_escape"))
print("ABC".encode("utf-16-le").decode("utf-16-le"), "x".encode("idna") if False else "", "Ω".encode("utf-8").hex(), "𝔘".encode("utf-16-be"))
try:
    b"abc" + "def"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a"], key=str.lower), "ß".upper(), "ﬁ".upper(), "İ".lower().encode())
import codecs
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.lookup("UTF8").name, codecs.encode(b"abc", "base64"))
