# features: [math]
# stages: [run]
# erf, erfc, gamma, lgamma, expm1, log1p to the last bit, with their domain and range errors.
import math

def show(name, x):
    try:
        r = getattr(math, name)(x)
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(name, repr(x), repr(r))

points = [0.0, -0.0, 1e-300, -1e-25, 1e-10, 0.1, 0.25, 0.5, 0.7, 1.0, 1.5, 2.0, 2.5, 3.0, 3.7, 5.5,
          10.0, 27.0, 30.0, 100.0, 140.5, 171.0, 171.7, 200.5, -0.5, -1.0, -1.5, -2.5, -3.3, -10.5, -150.25,
          -200.5, -1e300, 1e300, float('inf'), float('-inf'), float('nan'), 7, -4]
for name in ['erf', 'erfc', 'gamma', 'lgamma', 'expm1', 'log1p']:
    for x in points:
        show(name, x)

# Gamma of small integers is exact; of half-integers it is close to sqrt(pi) multiples.
print([math.gamma(n) for n in range(1, 25)])
print(math.gamma(0.5) ** 2, math.pi)
print(sum(math.lgamma(x / 7) for x in range(1, 200)))
print(sum(math.erf(x / 13) for x in range(-100, 100)))
print(math.erfc(0.5) + math.erf(0.5))
print(math.copysign(1.0, math.nan), math.copysign(1.0, float('nan')), math.copysign(1.0, float('-nan')))
