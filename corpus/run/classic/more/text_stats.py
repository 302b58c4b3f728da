# features: [classic]
# stages: [run]
text = 'The quick brown fox jumps over the lazy dog. The dog sleeps.'
words = [w.strip('.').lower() for w in text.split()]
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
print(len(words), len(set(words)), max(freq, key=freq.get), sorted(freq.items())[:4])
print(text.upper().count('THE'), text.replace('dog', 'cat'), text[::-1][:10])
