# features: [control-flow]
# stages: [run]
s = 'héllo'
print([c for c in s], list(enumerate(s))[:2], s[::-1], ''.join(sorted(s)), s.count('l'), [ord(c) for c in s])
for i, c in enumerate('abc'):
    print(i, c, end=' ')
print()
print(dict.fromkeys('banana'), set('aab') == {'a', 'b'}, 'ell' in s, s.find('l'), s[1:3])
