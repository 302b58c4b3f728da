# features: [import, stdlib-re]
# stages: [run]
# flags: [needs-stdlib]
# Flags (I, M, S, X, A, inline and scoped), Unicode classes and case folding, bytes patterns.
import re

print(re.findall(r"[a-z]+", "Hello World", re.I))
print(re.findall(r"\w+", "naïve café 東京 x_1"), re.findall(r"\w+", "naïve café", re.A))
print(re.findall(r"\d", "1٣۴5"), re.findall(r"\d", "1٣۴5", re.ASCII))
print(re.findall(r"\s", "a b\u00a0c\u2003d\te"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)ǅ", "ǆ"), re.match(r"(?i)k", "\u212a"))
print(re.findall(r"(?i)[k-m]", "K\u212aLm"))
print(re.search(r"(?i:A)b", "ab aB"), re.search(r"(?-i:a)B", "Ab aB", re.I))
print(re.findall(r".", "a\nb"), re.findall(r".", "a\nb", re.S), re.findall(r"(?s).", "a\nb"))
pat = re.compile(r"""
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
""", re.VERBOSE)
print(pat.match("3.14").groupdict(), pat.match("42").groupdict())
print(re.compile("a", re.I | re.M), re.compile(b"a", re.I), re.compile("a", re.A | re.S))
print(re.I, re.M | re.S, re.IGNORECASE.value, int(re.X))
print(re.findall(rb"\w+", b"caf\xe9 x_1"), re.findall(rb"(?i)AB", b"ab Ab aB"))
print(re.search("😀(.)", "x😀y").span(), re.findall("[\U0001F600-\U0001F64F]", "a😀b😃"))
print(re.sub(r"(?i)é", "E", "éÉ"), re.findall(r"[^\W\d_]+", "ab1_cd"))
print(re.fullmatch(r"(?a)\w+", "abc"), re.fullmatch(r"(?a)\w+", "abé"))
