# features: [float, float-ops]
# stages: [run]
vals = [0.0, -0.0, 1.5, -2.25, 1e300, 3.0, float('inf'), float('nan'), 7, -7]
for a in vals:
    for b in vals:
        res = []
        for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
            try:
                res.append(repr(f()))
            except Exception as e:
                res.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), ' '.join(res))
