# features: [bench, dict, str]
# stages: [run]
# flags: [slow]
words = []
for i in range(40000):
    words.append("w" + str(i % 5000) + ("x" * (i % 7)))
counts = {}
for _ in range(80):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
index = {}
for w in counts:
    key = w[:3]
    if key not in index:
        index[key] = []
    index[key].append(w)
text = " ".join(words[:20000])
parts = text.split(" ")
upper = [p.upper() for p in parts if p.startswith("w1")]
joined = ",".join(sorted(set(upper))[:5])
print(len(counts), len(index), len(upper), joined, sum(len(v) for v in index.values()))
s = 0
for k, v in counts.items():
    s += len(k) * v
print(s, "%d-%s" % (len(text), text[:20]), text.count("w12"), text.find("w4999"))
