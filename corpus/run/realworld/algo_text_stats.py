# features: [strings, collections, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Text statistics: word frequencies with Counter, n-grams, textwrap, string formatting tables.
import re
import string
import textwrap
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the
season of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct the other way."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
print(freq.most_common(8))
print(freq["times"], freq["absent"], sum(freq.values()))
bigrams = Counter(zip(words, words[1:]))
for (a, b), n in bigrams.most_common(5):
    print(f"{a:>8} {b:<8} {n:3d}")
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(n, ", ".join(by_len[n][:6]))
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print("".join(c for c, _ in letters.most_common()))
print(textwrap.fill(TEXT.replace("\n", " "), width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, 60, placeholder=" [...]"))
print(textwrap.dedent("""\
    indented
      more
    back"""))
table = [("word", "count", "share")] + [(w, str(n), f"{n / len(words):.1%}") for w, n in freq.most_common(4)]
widths = [max(len(r[i]) for r in table) for i in range(3)]
for row in table:
    print(" | ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
c1, c2 = Counter("abracadabra"), Counter("alakazam")
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, sorted(c1.elements())[:6], (c1 - c2).total())
print(string.capwords("hello   big world"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print("{:^20}|{:*<8}|{:#x}|{:+.3e}".format("centered", "left", 255, 12345.678))
