# features: [import, stdlib-re]
# stages: [run]
# flags: [needs-stdlib]
# re.error messages and positions, Match/Pattern errors, the Scanner tokenizer and Pattern.scanner.
import re

for bad in ["(", "a)", "[a-", "a**", "(?P<1>a)", "(?P=x)", r"\k", "(?<=a+)b", "x{2,1}", "(?z)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno, str(e))
try:
    re.compile("ab\n(cd")
except re.error as e:
    print(str(e))
m = re.match(r"(a)(?P<b>b)?", "a")
for args in [(3,), ("c",), (-1,)]:
    try:
        m.group(*args)
    except IndexError as e:
        print("IndexError", e)
print(m.group(1, "b"), m.span("b"), m.start(2))
try:
    re.match("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError", e)

scanner = re.Scanner([
    (r"[0-9]+(\.[0-9]*)?", lambda s, t: ("NUM", t)),
    (r"[a-z_]\w*", lambda s, t: ("NAME", t)),
    (r"[-+*/=()]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * (y + 42) ?"))
sc = re.compile(r"\w+").scanner("ab cd  ef")
print(sc.match(), sc.search(), sc.search(), sc.search(), sc.search())
print(type(re.compile("a")), type(re.match("a", "a")), re.Pattern, re.Match)
print(re.Pattern[str], re.Match[bytes])
import copy
p = re.compile(r"(?i)a+b")
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(p.match("AAb")).span())
