# features: [dict, set, ordering]
# stages: [run]
text = 'it was the best of times it was the worst of times'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print(set(text.split()))
