# features: [numbers]
# stages: [run]
import math
print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.inf, math.isnan(math.nan))
print(math.log(100, 10), math.log2(1024), math.exp(1), math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.trunc(-3.7), math.fabs(-2), math.copysign(1, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
