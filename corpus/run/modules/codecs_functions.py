# features: [import, codecs]
# stages: [run]
import codecs
print(codecs.utf_8_decode(b"a\xc3", None, False), codecs.utf_8_decode(b"a\xc3", "replace", True))
print(codecs.utf_8_encode("a\u20ac"), codecs.latin_1_decode(b"\xe9"), codecs.ascii_encode("abc"))
print(codecs.escape_decode(b"a\\x41\\n\\101"), codecs.escape_encode(b"a'\n\x00\xff"))
print(codecs.unicode_escape_decode(b"\\u00e9\\x41\\t\\U0001F600"), codecs.unicode_escape_encode("a\u1234\n\\\xe9"))
print(codecs.raw_unicode_escape_encode("a\u1234\\\xe9"), codecs.raw_unicode_escape_decode(b"a\\u1234\\n"))
print("h\xe9".encode("utf-16"), "h\xe9".encode("utf-32-be"), b"\xff\xfeh\x00".decode("utf-16"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00h", None, 0, True), codecs.utf_16_le_decode(b"h\x00i", None, False))
print(codecs.charmap_decode(b"\x00\x01", "strict", "xy"), codecs.charmap_encode("yx", "strict", {ord("x"): 0, ord("y"): 1}))
print(codecs.readbuffer_encode(b"abc"), codecs.readbuffer_encode("ab"))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac", final=True)))
for data in (b"\xff", b"a\xe2\x82", b"\xed\xa0\x80x"):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, e.start, e.end)
