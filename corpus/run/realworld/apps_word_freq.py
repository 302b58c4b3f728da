# features: [realworld, stdlib-re, stdlib-collections]
# stages: [run]
# flags: [needs-stdlib]
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def tokenize(text):
    return re.findall(r"[a-z']+", text.lower())

words = tokenize(TEXT)
counts = Counter(words)
print("total words:", len(words))
print("distinct:", len(counts))
for word, n in counts.most_common(8):
    print(f"{word:<12}{n:>4} {'#' * n}")
print(counts["was"], counts["missing"])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print(re.sub(r"\bit was\b", "IT WAS", TEXT.splitlines()[0]))
print(re.split(r"[,.]\s*", TEXT.replace("\n", " "))[:4])
m = re.search(r"season of (\w+)", TEXT)
print(m.group(0), m.group(1), m.span())
print([m.start() for m in re.finditer("epoch", TEXT)])
c2 = Counter("abracadabra")
print(c2, c2 - Counter("abc"), c2 & Counter("aab"), +c2)
print(c2.total(), list(c2.elements())[:6])
