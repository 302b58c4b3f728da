# features: [set, set-grow_shrink]
# stages: [run]
s = set()
for i in range(0, 200, 7):
    s.add(i * 31 % 101)
print(s)
for i in range(0, 100, 3):
    s.discard(i)
print(s, len(s))
while len(s) > 5:
    s.pop()
print(s)
t = {str(i) for i in range(30)}; print(t)
