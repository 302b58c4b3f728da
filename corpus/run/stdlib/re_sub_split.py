# features: [import, stdlib-re]
# stages: [run]
# flags: [needs-stdlib]
# re.sub/subn with templates, group references and functions; re.split with groups and maxsplit.
import re

print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home bob@work"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b22"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"a", lambda m: m.group().upper() * 2, "banana", count=2))
print(re.subn(r"[aeiou]", "", "programming language"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 + 20 = 21"))
print(re.sub(r"(a)|b", r"[\1]", "abc"))
print(re.sub("a", r"\n\t\\", "xay"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(?:(a)|b)", "xaybz"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"\b", "a bc"))
print(re.split(r"x*", "axbc"))
print(re.split(r"^$", "a\n\nb", flags=re.M))
m = re.search(r"(?P<n>\d+)-(\w+)", "id 42-abc")
print(m.expand(r"\g<n>:\2:\g<0>"))
for bad in [r"\3", r"\g<x>", r"\g<1", "\\"]:
    try:
        re.sub(r"(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(b"o", b"0", b"foo boo"), re.split(rb"\s", b"a b\tc"))
try:
    re.sub("a", b"x", "a")
except TypeError as e:
    print("TypeError", e)
