# features: [str, unicode, code-points]
# stages: [run]
s = "naïve café 😀 ☃ 日本"
print(len(s), s.upper(), s[6:10], s[-4:], s.find("😀"), s.index("☃"), s.count("é"))
print([ord(c) for c in "é😀"], chr(0x1F600), "\U0001F600" == "😀", "\N{SNOWMAN}" if False else "☃")
print(s.encode("utf-8"), len(s.encode()), s.encode().decode() == s)
print(repr("😀\u200b\x85é"), ascii("😀é"), "é".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric())
print(sorted("bäaé"), "straße".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print("日本語テキスト".center(12, "*"), f"{'日本':>6}|", "a😀b".split("😀"), "😀".join("ab"))
print(list("a😀"), "x😀y"[1:2], "😀" * 3, "😀" in s, s.replace("😀", ":)"))
b = "ÿ".encode("latin-1")
print(b, b.decode("latin-1"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(hash("😀") == hash("😀"), {"😀", "é", "a", "日"})
