# features: [misc]
# stages: [run]
people = [('ann', 30, 'NY'), ('bob', 25, 'LA'), ('cid', 30, 'LA'), ('dee', 25, 'NY')]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: p[0], reverse=True))
print(max(people, key=lambda p: (p[1], p[0])), min(people, key=lambda p: p[2]))
