# features: [str, split, join, strip-edge-cases]
# stages: [run]
cases = ["", " ", "a", " a ", "a b", "a  b", "\ta\nb\r\nc ", "a,b,,c,", ",a,"]
for c in cases:
    print(repr(c), c.split(), c.split(" "), c.split(","), c.split(",", 1), c.rsplit(",", 1), c.rsplit(None, 1))
print("".join([]), "-".join("abc"), ", ".join(str(i) for i in range(3)), "ab".join(["x", "y", "z"]))
print(" xx ".strip(), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "<a>".strip("<>"), "  ".strip() == "")
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("abcabc".replace("", "-"), "aaa".replace("a", "b", 2), "abc".replace("x", "y"), "a.b.c".split(".", -1))
print("Hello World".swapcase(), "hello world".title(), "HELLO".capitalize(), "a1b2".isalnum(), "".isalpha())
print("tab\tsep".expandtabs(), "x".center(4), "x".center(5, "-"), "abc".ljust(2), "7".rjust(3, "0"))
print("abc".startswith(""), "abc".endswith("bc", 1), "abc".startswith("b", 1), "abc".find("", 10), "abc".rfind(""))
print("%s|%5.1f|%-3d|%03d|%x" % ("s", 2.55, 7, 7, 255), "%%", "%r" % [1, "a"], "%(x)03d" % {"x": 5})
