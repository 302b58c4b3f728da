# features: [realworld, strings, stdlib-collections]
# stages: [run]
import string
from collections import Counter, defaultdict

TEXT = """Call me Ishmael. Some years ago - never mind how long precisely - having
little or no money in my purse, and nothing particular to interest me on
shore, I thought I would sail about a little and see the watery part of
the world. It is a way I have of driving off the spleen and regulating the
circulation. Whenever I find myself growing grim about the mouth; whenever
it is a damp, drizzly November in my soul; whenever I find myself
involuntarily pausing before coffin warehouses, and bringing up the rear of
every funeral I meet."""

sentences = [s.strip() for s in TEXT.replace("\n", " ").replace(";", ".").split(".") if s.strip()]
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
print(len(sentences), len(words), len(set(words)))
print(f"avg word length: {sum(map(len, words)) / len(words):.3f}")
print(f"avg sentence length: {len(words) / len(sentences):.2f} words")
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(5))
by_len = defaultdict(set)
for w in words: by_len[len(w)].add(w)
for n in sorted(by_len)[-3:]:
    print(n, sorted(by_len[n]))
first = defaultdict(list)
for w in sorted(set(words)): first[w[0]].append(w)
print({k: len(v) for k, v in sorted(first.items())})
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
def caesar(s, k):
    tbl = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                        string.ascii_lowercase[k:] + string.ascii_lowercase[:k] + string.ascii_uppercase[k:] + string.ascii_uppercase[:k])
    return s.translate(tbl)
enc = caesar(sentences[0], 3); print(enc, caesar(enc, 23))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([p for p in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"] if is_pal(p)])
vowels = sum(TEXT.lower().count(v) for v in "aeiou"); print(vowels)
print(TEXT.splitlines()[0].center(80, "=")); print(TEXT.title()[:40], TEXT.upper().count("I "))
acr = "".join(w[0] for w in "portable network graphics".split()).upper(); print(acr)
table = [(w, words.count(w)) for w in ("i", "the", "a", "whenever")]
print("\n".join(f"|{w:^10}|{c:>3}|" for w, c in table))
print(" ".join(reversed(sentences[1].split()))[:50], sentences[1][::-1][:20])
