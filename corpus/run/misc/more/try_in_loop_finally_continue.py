# features: [misc]
# stages: [run]
out = []
for i in range(4):
    try:
        if i == 1: continue
        if i == 3: raise ValueError(i)
        out.append(i)
    except ValueError as e:
        out.append(('err', e.args[0]))
    finally:
        out.append('f%d' % i)
print(out)
