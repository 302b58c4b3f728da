# features: [int, int-pow, bigint]
# stages: [run]
vals = [0, 1, -1, 7, -7, 3, 2**31, -2**63, 10**20 + 1, -(10**20) + 3, 255, True]
for a in vals:
    for b in vals:
        if b > 70 or b < -3: continue
        try:
            r = a ** b
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(a, '**', b, '=', r)
