# features: [import, stdlib-re]
# stages: [run]
# flags: [needs-stdlib]
# re.match/search/fullmatch/findall/finditer on str: spans, groups, reprs, pos/endpos.
import re

print(re.match(r"\d+", "123abc"))
print(re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def").group())
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
print(re.findall(r"\w+", "the quick, brown fox"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*);?")
print(p, p.pattern, p.groups, p.groupindex, p.flags)
for m in p.finditer("a=1;bb=two;c="):
    print(m.group("key"), repr(m["value"]), m.span(), m.lastgroup, m.lastindex, m.groupdict())
m = p.search("  x=y")
print(m.start(), m.end(), m.span(1), m.regs, m.pos, m.endpos, m.re is p, m.string)
print(p.search("zz=1;yy=2", 3), p.match("zz=1;yy=2", 5, 7))
print(re.search(r"^b", "ab\nb"), re.search(r"(?m)^b", "ab\nb"))
print(re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"))
print(re.findall(r"", "abc"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"a|ab|abc", "abcab"))
print(re.findall(r"(a|b)+", "abab ba"))
print(re.match(r"(a)(b)?(c)?", "ac").groups(), re.match(r"(a)(b)?(c)?", "ac").groups("-"))
print(re.escape("a.b*c?d[e]{f}(g)|h^$\\ i"))
print(re.compile("a") is re.compile("a"), re.compile("a") == re.compile("a"))
print(re.search("x*", "") is not None, bool(re.match("a", "a")))
print(repr(re.compile("x" * 300))[:40], len(repr(re.match("y*", "y" * 100))))
