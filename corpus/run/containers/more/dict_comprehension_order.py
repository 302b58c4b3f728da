# features: [dict, set, ordering]
# stages: [run]
sq = {x: x * x for x in range(-3, 4)}
print(sq, {v: k for k, v in sq.items()})
print({k: v for k, v in sorted(sq.items(), key=lambda kv: kv[1])})
inv = {}
for k, v in sq.items(): inv.setdefault(v, []).append(k)
print(inv, dict(reversed(list(sq.items()))))
