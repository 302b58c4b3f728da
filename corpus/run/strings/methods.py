# features: [str, str-methods]
# stages: [run]
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.split(), s.split(","), s.split("o", 1), s.rsplit("o", 1), "a  b c ".split(), " x ".strip(), "xxhixx".strip("x"))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.startswith("He"), s.endswith(("x", "ld")))
print(s.replace("l", "L"), s.replace("l", "", 2), "-".join(["a", "b", "c"]), s.partition(", "), s.rpartition("o"))
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15), "42".zfill(5), "-42".zfill(5))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "Abc".istitle(), "ABC".isupper(), "x_1".isidentifier())
print(s[0], s[-1], s[2:5], s[::-1], s[::2], s[100:], len(s), "lo" in s, s * 2, "ab" + "cd")
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4), "{} and {}".format(1, 2), "{x}-{0}".format(5, x=6))
print("%s is %d years" % ("Al", 30), "%.3f" % 3.14159, "%5s|%-5s|" % ("a", "b"), "%x %o %e" % (255, 8, 12345.678))
print(repr("quote's"), repr('say "hi"'), repr("tab\there"), repr("\x00\x7f\u00e9\u2603"), ascii("é☃"))
print("é".encode(), b"caf\xc3\xa9".decode(), "abc".encode("ascii"), str(b"x"), ord("€"), chr(8364))
print(f"{'x':>5}|{'y':<5}|{'z':^5}|{42:>06}|{3.5:08.2f}|{'abc'!r}|{7:b}")
print("😀".encode("utf-8"), len("😀x"), "😀x"[1], "a😀b"[::-1], "😀" < "\uffff")
print(sorted(["b", "B", "a", "é", "Z"]), "ß".upper(), str.maketrans("ab", "xy") , "abc".translate(str.maketrans("ab", "xy")))
print("aaa".removeprefix("a"), "file.py".removesuffix(".py"), "x".join("abc"), "%(a)s-%(b)s" % {"a": 1, "b": 2})
