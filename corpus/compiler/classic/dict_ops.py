# features: [classic]
# stages: [tokens, ast, dis, run]
d = {'b': 2, 'a': 1}
d['c'] = 3
print(sorted(d), list(d.items()), d.get('z', 0))
