# features: [if, for, while, try, with]
# stages: [tokens, ast, dis]
for i, (j, k) in d.items():
    if i: continue
    elif j: break
    else: pass
else:
    y = [k for k in range(3) if k if not k]
while x < 10:
    x += 1
else:
    pass
try:
    pass
except (E, F) as e:
    raise X from e
except G:
    raise
else:
    pass
finally:
    del a[1:2, ::3], b.c, (d, [e])
try:
    pass
except* ValueError as eg:
    pass
with (open(x) as f, open(y) as g,):
    pass
with a, b as (c, d): pass
