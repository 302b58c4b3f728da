# features: [float, float-pow]
# stages: [run]
for a, b in [(2.0, 10), (2, -2), (-8.0, 1/3), (0.0, -1), (0.0, 0), (1e200, 2), (-1.5, 2), (4, 0.5), (float('inf'), -1), (-2.0, 0.5), (10, 400.0)]:
    try:
        print(a, b, repr(a ** b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
print(pow(2.0, 3), pow(9, 0.5), (-1) ** 0.5)
