# features: [control-flow]
# stages: [run]
total = 0
for i in range(10):
    if i % 2: continue
    if i > 7: break
    total += i
print(total)
n = 0
while True:
    n += 1
    if n == 5: break
print(n)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in []:
    print('never')
else:
    print('empty else')
for c in 'ab':
    for d in 'xy':
        if d == 'y': break
        print(c, d)
