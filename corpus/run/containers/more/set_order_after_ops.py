# features: [dict, set, ordering]
# stages: [run]
a = set('abcdefgh')
b = set('efghijkl')
print(a | b, a & b, a - b, a ^ b)
print(set(range(100, 0, -7)) & set(range(0, 100, 3)))
words = 'one two three four five six seven eight nine ten'.split()
print(set(words), {w[0] for w in words}, frozenset(words) - {'one'})
