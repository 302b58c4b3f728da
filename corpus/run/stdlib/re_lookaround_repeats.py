# features: [import, stdlib-re]
# stages: [run]
# flags: [needs-stdlib]
# Lookahead/lookbehind, backreferences, conditionals, lazy/possessive repeats and atomic groups (3.11).
import re

print(re.findall(r"\w+(?=,)", "a, bb, c"))
print(re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(re.findall(r"(?<=-)\w+", "a-b c-dd"))
print(re.search(r"(\w+) \1", "hello hello world").group(1))
print(re.findall(r"(?P<c>.)(?P=c)", "aabbcdd"))
print(re.match(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com>").groups())
print(re.match(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com"))
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"))
print(re.match(r"a{2,}?", "aaaa"), re.match(r"a{2,}", "aaaa"), re.match(r"(?:ab){2}", "ababab"))
print(re.match(r"a++b", "aaab"), re.match(r"a++a", "aaa"), re.match(r"(?:ab)*+ab", "abab"))
print(re.match(r"(?>a+)b", "aab"), re.match(r"(?>a+)a", "aaa"), re.match(r"(?>(a)|b)+", "abab").groups())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(a*)*", "b").groups(), re.match(r"(a*)+", "aa").groups())
print(re.fullmatch(r"(?:a|b)*c", "ab" * 5000 + "c").span())
print(len(re.findall(r"(?:x|y)+?z", "xy" * 2000 + "z")))
print(re.match(r"(a)*", "a" * 50000).span(1))
print(re.search(r"(?<=\d{3})[a-z]", "12a 345b").group())
