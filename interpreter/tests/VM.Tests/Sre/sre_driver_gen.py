"""Writes a differential driver for the _sre engine (run by SreEngineTests under python3).

CPython's own re compiler (re._parser + re._compiler) turns each pattern into the argument list of
_sre.compile; the driver printed here calls _sre.compile with those literal lists and prints what the
Pattern/Match objects answer. The same driver then runs on CPython (its C _sre) and on the reference VM
(the C# _sre), and the outputs must be identical. The driver itself needs no `re` import, so the engine
is tested before the import system can load Lib/re.
"""
import re
import sys
import re._compiler as compiler
import re._parser as parser

# (pattern, flags, subjects): each subject is searched, matched, fullmatched, findall'd, split and sub'd.
CASES = [
    (r"a(b)c", 0, ["xabcx", "abc", "ab", ""]),
    (r"(?P<x>\d+)-(?P<y>\w*)", 0, ["12-ab 3-", "x-1", "-"]),
    (r"a*?b|c+", 0, ["aaab ccc", "b", "cc"]),
    (r"(a|b)*c", 0, ["ababc", "c", "abab"]),
    (r"^x$", re.M, ["a\nx\nb", "x", "x\n"]),
    (r"x$", 0, ["x\n", "x\n\n", "x"]),
    (r"\Ax\Z", 0, ["x", "x\n"]),
    (r"\bfoo\b", 0, ["foo", "a foo b", "foobar", "_foo"]),
    (r"\Bo\B", 0, ["foo", "o", "boot"]),
    (r"", 0, ["", "abc"]),
    (r"x*", 0, ["", "axxb", "xx"]),
    (r"(?:)", 0, ["ab"]),
    (r"\s+", 0, [" a\tb\n c\x1c d\u00a0e\u2003f"]),
    (r"\s+", re.A, [" a\tb\n c\x1c d\u00a0e"]),
    (r"\d+", 0, ["12 \u0663\u0664 5"]),
    (r"\d+", re.A, ["12 \u0663\u0664 5"]),
    (r"\w+", 0, ["h\u00e9llo w\u00f6rld_1 \u4e2d\u6587"]),
    (r"\w+", re.A, ["h\u00e9llo w\u00f6rld_1"]),
    (r"\W+", 0, ["a, b; c"]),
    (r"\D\S", 0, ["1a 2b"]),
    (r"[a-z]+", re.I, ["Hello WORLD", "\u212a"]),
    (r"k", re.I, ["K k \u212a"]),
    (r"[k]", re.I, ["K k \u212a"]),
    (r"\u00c0+", re.I, ["\u00e0\u00c0x"]),
    (r"[\u00c0-\u00d6]+", re.I, ["\u00e0\u00e9\u00f6\u00c0"]),
    (r"stra\u00dfe", re.I, ["STRASSE strasse stra\u00dfe STRA\u00dfE"]),
    (r"[^a-c]+", 0, ["abcdefabc"]),
    (r"[^a-c]+", re.I, ["ABCdefabc"]),
    (r"[\d\s]+", 0, ["a1 2\tb"]),
    (r"[^\W\d]+", 0, ["ab12cd_e"]),
    (r"[\u0100-\u0200\u4e00-\u9fff]+", 0, ["a\u0101\u4e2d\u6587b"]),
    (r"[\U00010000-\U0010ffff]+", 0, ["a\U0001f600\U0001f601b"]),
    (r"\U0001f600(.)", 0, ["x\U0001f600y\U0001f600\U0001f601"]),
    (r".", 0, ["a\nb"]),
    (r".", re.S, ["a\nb"]),
    (r".+", 0, ["ab\ncd"]),
    (r"a.+?c", re.S, ["abc a\nc"]),
    (r"(a)(b)?", 0, ["a", "ab"]),
    (r"(a)|(b)", 0, ["b", "a"]),
    (r"(?P<first>a)|(?P<second>b)", 0, ["b", "a", "c"]),
    (r"(a(b(c)))", 0, ["abc"]),
    (r"((a)|b)+", 0, ["abab", "ba"]),
    (r"(a+)+b", 0, ["aaaab", "aaaa"]),
    (r"(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    (r"(\w+)\s+\1", 0, ["hello hello world", "ab abc"]),
    (r"(?P<w>\w)(?P=w)", 0, ["abccd"]),
    (r"(a)\1", re.I, ["aA Aa"]),
    (r"(?i)(\u00e9)\1", 0, ["\u00e9\u00c9"]),
    (r"(a)?(?(1)b|c)", 0, ["ab", "c", "ac", "b"]),
    (r"(?P<q>')?\w+(?(q)')", 0, ["'abc'", "abc", "'abc"]),
    (r"a(?=b)", 0, ["ab ac"]),
    (r"a(?!b)", 0, ["ab ac"]),
    (r"(?<=a)b", 0, ["ab cb"]),
    (r"(?<!a)b", 0, ["ab cb"]),
    (r"(?<=(a))b", 0, ["ab"]),
    (r"(?<=\d{3})x", 0, ["12x 123x"]),
    (r"(?=(\w+))\w", 0, ["abc"]),
    (r"(?!(a)b)\w+", 0, ["ab ac"]),
    (r"a{2,3}", 0, ["a aa aaaa"]),
    (r"a{2,3}?", 0, ["aaaa"]),
    (r"a{,2}", 0, ["aaa"]),
    (r"a{3}", 0, ["aaaaaaa"]),
    (r"(ab){2}", 0, ["ababab"]),
    (r"(ab){1,2}?c", 0, ["ababc"]),
    (r"(?:ab)*?c", 0, ["ababc"]),
    (r"(a*)*", 0, ["b", "aa"]),
    (r"(a*)+", 0, ["b", "aa"]),
    (r"(a*|b)*", 0, ["ab"]),
    (r"(?:a|)*b", 0, ["aab"]),
    (r"(a*?)*?b", 0, ["aab"]),
    (r"a++", 0, ["aaa"]),
    (r"a++a", 0, ["aaa"]),
    (r"a*+b", 0, ["aab b"]),
    (r"a?+a", 0, ["a"]),
    (r"(?:ab)++", 0, ["ababa"]),
    (r"(?:ab)*+ab", 0, ["abab"]),
    (r"(a|b)++c", 0, ["abbc"]),
    (r"(?>a+)b", 0, ["aab"]),
    (r"(?>a+)a", 0, ["aaa"]),
    (r"(?>(a)|b)+", 0, ["abab"]),
    (r"(?>x*)*y", 0, ["xxy"]),
    (r"^(\w+)@(\w+)\.com$", 0, ["user@example.com", "bad@x.org"]),
    (r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})", 0, ["ip 192.168.0.1 x"]),
    (r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", 0, ["x 1.5e10 -3 .2 7."]),
    (r"<[^>]*>", 0, ["<a href='x'>text</a>"]),
    (r"<.*?>", 0, ["<a><b>"]),
    (r"\$\{(\w+)\}", 0, ["${a} and ${bc}"]),
    (r"^\s*#.*$", re.M, ["a\n  # c\nb"]),
    (r"^", re.M, ["a\nb\n"]),
    (r"$", re.M, ["a\nb\n"]),
    (r"(?m)^\w", 0, ["ab\ncd"]),
    (r"(?x) a b  # comment\n c", 0, ["abc"]),
    (r"(?s:.)(.)", 0, ["\n\n"]),
    (r"(?i:a)b", 0, ["Ab AB"]),
    (r"(?-i:a)b", re.I, ["aB AB"]),
    (r"abc|abd|aef", 0, ["xabdx aef"]),
    (r"hello world", 0, ["say hello world!", "hello"]),
    (r"hello(?= world)", 0, ["hello world"]),
    (r"aaab", 0, ["aaaab aab"]),
    (r"abab", 0, ["aabababab"]),
    (r"[aeiou]{2}", 0, ["beautiful"]),
    (r"\x41\101\n\t", 0, ["AA\n\t"]),
    (r"[\x00-\x1f]", 0, ["a\x01b"]),
    (r"\\", 0, ["a\\b"]),
    (r"[\]\-\\]", 0, ["a]-\\"]),
    (b"a(b)c", 0, [b"xabcx", b"abc"]),
    (br"\w+", 0, [b"h\xe9llo w_1"]),
    (br"\w+", re.L, [b"h\xe9llo w_1"]),
    (br"[a-z]+", re.I, [b"Hello WORLD"]),
    (br"\s+", 0, [b"a \t\x1cb"]),
    (br"(\d+)", 0, [b"a12b345"]),
    (br"\bx", 0, [b"x ax x"]),
    (br"\bx", re.L, [b"x ax x"]),
    (br"(a)\1", re.I, [b"aA"]),
    (br"(a)\1", re.I | re.L, [b"aA"]),
    (br"[^\x80-\xff]+", 0, [b"ab\x80\xffcd"]),
    (br"A", re.I | re.L, [b"a A"]),
]

# CPython's own table of regular-expression tests (Lib/test/re_tests.py) when the test package is installed.
try:
    from test import re_tests
    for t in re_tests.tests:
        if len(t) >= 3 and t[2] != re_tests.SYNTAX_ERROR:
            CASES.append((t[0], 0, [t[1]]))
except ImportError:
    pass


def compile_args(pattern, flags):
    """What re._compiler.compile passes to _sre.compile, with plain ints for the codes."""
    if isinstance(pattern, str):
        flags |= 0
    p = parser.parse(pattern, flags)
    code = [int(c) for c in compiler._code(p, p.state.flags)]
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (pattern, int(p.state.flags), code, p.state.groups - 1, dict(groupindex), tuple(indexgroup))


DRIVER = r'''
import _sre

def r(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def m_info(m):
    if m is None:
        return "None"
    return repr((m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs, [m.span(i) for i in range(len(m.regs))]))

def run(cases):
    for n, (args, subjects) in enumerate(cases):
        try:
            p = _sre.compile(*args)
        except Exception as e:
            print(n, "compile", type(e).__name__, e)
            continue
        print(n, repr(p), p.groups, dict(p.groupindex), p.flags)
        empty = args[0][:0]
        for s in subjects:
            print(" s", r(lambda: m_info(p.search(s))))
            print(" m", r(lambda: m_info(p.match(s))), r(lambda: m_info(p.fullmatch(s))))
            print(" p", r(lambda: m_info(p.search(s, 1))), r(lambda: m_info(p.match(s, 1, len(s) - 1))))
            print(" f", r(lambda: p.findall(s)), r(lambda: [x.span() for x in p.finditer(s)]))
            print(" x", r(lambda: p.split(s)), r(lambda: p.split(s, 1)))
            print(" u", r(lambda: p.subn((b"<>" if isinstance(empty, bytes) else "<>"), s)), r(lambda: p.sub(lambda m: m.group()[::-1], s, 2)))
            print(" r", r(lambda: repr(p.search(s))))
'''


# Single patterns the EXTRA block below uses by name.
NAMED = {
    "alt_star": (r"(?:a|b)*c", 0),
    "group_star": (r"(a)*", 0),
    "nested_plus": (r"(?:x+)+y", 0),
    "lazy_dot": (r".*?,", 0),
    "named": (r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", 0),
    "word": (r"\w", 0),
    "empty_or_word": (r"\b|x*", 0),
    "bytes_word": (rb"\w+", 0),
    "long": ("x" * 250, 0),
    "ident": (r"[A-Za-z_][A-Za-z0-9_]*", 0),
    "flags": (r"a", re.I | re.M | re.S | re.X | re.A),
    "lookbehind_deep": (r"(?<=(?:ab){3})c", 0),
    "atomic_deep": (r"(?>(?:a|b)*)c", 0),
    "poss_deep": (r"(?:a|b)*+c", 0),
    "min_deep": (r"(?:a|b)*?c", 0),
}

EXTRA = r'''
P = {name: _sre.compile(*a) for name, a in NAMED.items()}
p = P["alt_star"]
big = "ab" * 50000 + "c"
print("deep", p.match(big).span(), p.search("ab" * 1000).__repr__())
print("deep group", P["group_star"].match("a" * 100000).span(1), P["group_star"].match("a" * 100000).lastindex)
print("nested", P["nested_plus"].match("x" * 20000 + "y").span(), P["nested_plus"].match("x" * 12))
print("atomic", P["atomic_deep"].match("ab" * 20000 + "c").span(), P["poss_deep"].match("ab" * 20000 + "c").span(), P["min_deep"].match("ab" * 20000 + "c").span())
print("lookbehind", P["lookbehind_deep"].search("ababababc").span())
print("lazy", len(P["lazy_dot"].findall("a," * 20000)))
w = P["word"]
for args in [("abc", -5, 100), ("abc", 2, 1), ("abc", 1), ("abc", 3), ("abc", 0, 0)]:
    print("posend", args, r(lambda: w.search(*args)), r(lambda: w.match(*args)), r(lambda: w.findall(*args)))
print("kw", r(lambda: w.search(string="xa", pos=1)), r(lambda: w.match("ab", endpos=1)), r(lambda: w.fullmatch("a", pos=0, endpos=1)))
print("bad", r(lambda: w.search(123)), r(lambda: w.search(b"abc")), r(lambda: P["bytes_word"].search("abc")))
print("bad2", r(lambda: w.match("abc", pos="x")), r(lambda: w.match("abc", 1.5)), r(lambda: w.match()), r(lambda: w.match("a", 0, 1, 2)))
print("bad3", r(lambda: w.match("a", bogus=1)), r(lambda: w.sub("x")), r(lambda: w.split("a", maxsplit="2")))
n = P["named"]
m = n.search("say John Smith! ok")
print("m", m, m.group(), m.group(0), m.group(1, "last"), m["first"], m[2], m.groupdict(), m.groupdict("?"))
print("m2", m.start("last"), m.end(), m.span("opt"), m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is n)
m = n.search("Jane Doe")
print("m3", m.groups(), m.groups(0), m.span(3), m.start(3), m.group("opt"), m.lastgroup, m.lastindex)
print("m4", r(lambda: m.group(4)), r(lambda: m.group("nope")), r(lambda: m.group(-1)), r(lambda: m["x"]), r(lambda: m.start(1.0)), r(lambda: m.group(True)))
print("m5", r(lambda: m.span(None)), r(lambda: m.start(2, 3)), r(lambda: m.groups(default=1)), r(lambda: m.groupdict(default=None)))
print("copy", m.__copy__() is m, m.__deepcopy__({}) is m, n.__copy__() is n, n.__deepcopy__(None) is n)
print("types", type(n), type(m), type(n).__name__, type(m).__module__, type(n.scanner("")), r(lambda: type(n)()), r(lambda: type(m)()))
print("alias", type(n)[str], type(m)[bytes])
q = _sre.compile(*NAMED["named"])
print("eq", q == n, q != n, hash(q) == hash(n), n == P["word"], n != P["word"], n == 1, n.__eq__(1), n.__ne__("x"), q is n)
print("repr", repr(P["long"]), repr(P["flags"]), repr(P["bytes_word"]))
print("mrepr", P["long"].match("x" * 300), P["bytes_word"].search(b"\x00ab\xff"))
sc = P["ident"].scanner("foo bar+baz")
print("scan", sc.pattern is P["ident"], sc.match(), sc.match(), sc.search(), sc.search(), sc.search(), sc.search(), sc.match())
sc = P["ident"].scanner("foo bar", 4)
print("scan2", sc.search(), sc.search())
e = P["empty_or_word"]
print("empty", e.findall("ab x"), e.split("ab xx c"), e.sub("-", "ab xx c"), e.subn("-", "ab", 2), [x.span() for x in e.finditer("a x")])
print("sub", w.sub(lambda m: None, "ab"), r(lambda: w.sub(lambda m: 1, "ab")), r(lambda: w.sub(b"x", "ab")), w.sub("", "ab!"), w.subn("z", "a.b", count=1))
print("subb", P["bytes_word"].sub(b"-", b"ab cd"), P["bytes_word"].sub(bytearray(b"="), bytearray(b"ab cd")), P["bytes_word"].findall(bytearray(b"ab cd")), P["bytes_word"].search(bytearray(b" xy")))
print("bsub", r(lambda: P["bytes_word"].sub(lambda m: "x", b"ab")), P["bytes_word"].sub(lambda m: m.group().upper(), b"ab cd"))
print("consts", _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright)
print("case", [(c, _sre.ascii_iscased(c), _sre.unicode_iscased(c), _sre.ascii_tolower(c), _sre.unicode_tolower(c)) for c in (65, 97, 49, 0xc0, 0x130, 0x212a, 0x3a3, 0x10400)])
print("case bad", r(lambda: _sre.ascii_iscased("a")), r(lambda: _sre.unicode_tolower(1.0)), r(lambda: _sre.ascii_tolower(2**40)))
print("compile bad", r(lambda: _sre.compile("a", 0, [1, 2, 3], 0, {}, ())), r(lambda: _sre.compile("a", 0, [-1], 0, {}, ())), r(lambda: _sre.compile("a", 0, [2**32], 0, {}, ())))
print("compile bad2", r(lambda: _sre.compile("a", 0, (1,), 0, {}, ())), r(lambda: _sre.compile(1, 0, [1], 0, {}, ())), r(lambda: _sre.compile("a", 0, [1], -1, {}, ())), r(lambda: _sre.compile("a", 0, [17, 5, 1], 1, {}, ())))
pn = _sre.compile(None, 0, [1], 0, {}, ())
print("none pattern", pn, pn.pattern, pn.match("x"), pn.match(b"x"), pn.groupindex)
'''


def main():
    cases = []
    for pattern, flags, subjects in CASES:
        try:
            args = compile_args(pattern, flags)
        except Exception:
            continue  # the parser refuses it: nothing for the engine to run
        cases.append((args, subjects))
    sys.stdout.write(DRIVER)
    sys.stdout.write("run(%r)\n" % (cases,))
    sys.stdout.write("NAMED = %r\n" % ({k: compile_args(*v) for k, v in NAMED.items()},))
    sys.stdout.write(EXTRA)


if __name__ == "__main__":
    main()
