# features: [classic, dict, str, sorting]
# stages: [run]
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
counts = {}
for word in text.lower().replace(",", " ").split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:<10}{c:>3}")
print(len(counts), sum(counts.values()), max(counts, key=lambda k: (len(k), k)))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch.lower()] = letters.get(ch.lower(), 0) + 1
print(sorted(letters.items())[:5], set(text.split()) & {"it", "was", "Light"})
