# features: [classic]
# stages: [tokens, ast, dis, run]
s = 'Hello, World'
print(s.lower(), s.split(', '), s[::-1], f'{s!r:>20}')
