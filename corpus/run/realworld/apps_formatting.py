# features: [realworld, formatting, strings]
# stages: [run]
# flags: [needs-stdlib]
import textwrap
x, name, pi = 42, "Ada", 3.14159265
print(f"{x=}", f"{name=!s}", f"{pi=:.3f}", f"{x + 1 = }", f"{name!r:>8}")
for spec in ["d", "5d", "<5d", "^7d", "+d", " d", "05d", "x", "#x", "#o", "#b", "X", ",", "_", "_b", "c", "n", "e", ".2%"]:
    try:
        print(f"{spec!r:>6}: [{format(x if spec not in ('e', '.2%') else pi, spec)}]")
    except ValueError as e:
        print(spec, "error", e)
for spec in [".2f", "10.3f", "<10.1e", "g", ".3g", "+.0f", "08.2f", ",.2f", "%", ".1%", "E", ".10g", "#.0f", "=+10.2f", "*^12.2f"]:
    print(f"{spec!r:>8}: [{pi * 1000:{spec}}]")
for v in [0.1, 1e16, 1e-5, 123456789.0, 1.5e300, float('inf'), -0.0, 2.5, 3.5, 1/3]:
    print(repr(v), str(v), f"{v:g}", f"{v:.2e}", round(v, 2) if v == v and abs(v) != float('inf') else v)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(1e20))
print("%5s|%-5s|%05.1f|%x|%o|%e|%r|%c|%%|%+d" % ("ab", "cd", 2.25, 255, 8, 12345.678, "q", 65, 7))
print("%(a)s and %(b)d" % {"a": "A", "b": 2}, "%*d|%-*.*f" % (5, 1, 8, 2, 3.14159))
print("{:>{w}.{p}f}|{:^{w}}|{:{fill}<{w}}".format(3.14159, "mid", "l", w=10, p=3, fill="."))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j), "{!a}".format("é"))
print(str.center("hi", 10, "*"), "Hello".ljust(8, "-"), "42".zfill(6), "-42".zfill(6), "ab".rjust(1))
s = "  The quick brown fox jumps over the lazy dog.  "
print(s.strip().title(), s.split(), s.strip().split(" ", 2), s.rsplit(None, 2), s.count("o"))
print("a,b,,c".split(","), "a\nb\r\nc".splitlines(keepends=True), "x".join("abc"), "CamelCaseString".swapcase())
print("hello world".partition(" "), "a.b.c".rpartition("."), "abc".find("z"), "abcabc".rindex("b"))
print("ß".upper(), "İ".lower(), "ǅ".casefold(), "straße".casefold() == "STRASSE".casefold())
print("Hello {}".format("x").expandtabs(), "a\tb\tc".expandtabs(4), "3".isdigit(), "²".isdecimal(), "x1".isidentifier())
print("tEST".capitalize(), "hello".translate(str.maketrans("el", "ip", "o")), "abc".removeprefix("a").removesuffix("c"))
text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. Explicit is better than implicit. "
        "Simple is better than complex. Complex is better than complicated.")
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, 30)[:3])
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("line1\nline2\n\nline3", "> "))
print(textwrap.dedent("""\
      def f():
          return 1
    """))
print(textwrap.fill(text, width=35, initial_indent="* ", subsequent_indent="  "))
print(f"{'nested ' + f'{x:>{4}}'}", f"{{literal}}", f"{3.0:n}", f"{1234567:,d}", f"{0.000123:.2g}")
print(format(1234.5, "_.2f"), format(-1, "#x"), format(True, "d"), format(10**20, ","), format(12.0, ".0e"))
