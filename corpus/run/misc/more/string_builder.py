# features: [misc]
# stages: [run]
parts = []
for i in range(5):
    parts.append(f'{i}:{chr(97 + i) * i}')
s = ';'.join(parts)
print(s, len(s), s.split(';')[3], s.rfind(':'), s.upper().lower() == s)
print('-'.join(reversed(s.split(';'))))
