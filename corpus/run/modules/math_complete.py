# features: [math]
# stages: [run]
import math
def t(s):
    try: r = eval(s); print(s, '->', repr(r))
    except Exception as e: print(s, '!!', type(e).__name__, e)
for s in ["math.sqrt(2)", "math.sqrt(-1)", "math.sqrt('4')", "math.exp(1000)", "math.log(0)", "math.log(-1)", "math.log(8, 2)", "math.log(10**400)", "math.log10(10**400)", "math.log2(2**2000)", "math.log(10**400, 10)",
 "math.floor(2.5)", "math.floor(-2.5)", "math.ceil(2.1)", "math.floor(float('inf'))", "math.floor(float('nan'))", "math.trunc(-2.7)", "math.trunc('a')", "math.trunc(3)",
 "math.frexp(8.0)", "math.frexp(0.1)", "math.frexp(5e-324)", "math.ldexp(0.5, 4)", "math.ldexp(1, 2000)", "math.ldexp(1, 2.0)", "math.modf(3.25)", "math.modf(-3.25)", "math.modf(float('inf'))",
 "math.fmod(7, 3)", "math.fmod(-7, 3)", "math.fmod(7, 0)", "math.fmod(1, float('inf'))", "math.remainder(5, 2)", "math.remainder(7, 2)", "math.remainder(-5.5, 2)", "math.remainder(1, 0)",
 "math.pow(2, 10)", "math.pow(0, -1)", "math.pow(-2, 0.5)", "math.pow(float('inf'), -3)", "math.pow(-float('inf'), 3)", "math.pow(1, float('nan'))", "math.pow(10, 400)",
 "math.isclose(1, 1.0000000001)", "math.isclose(1, 1.1, rel_tol=-1)", "math.isclose(1, 1.1, 0.5)",
 "math.fsum([0.1]*10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])", "math.fsum([1e-16, 1, 1e16])", "math.fsum([float('inf'), float('-inf')])", "math.fsum([1e308, 1e308])", "math.fsum([])",
 "math.hypot(3, 4)", "math.hypot(1, 2, 3, 4)", "math.hypot()", "math.hypot(1e-310, 1e-310)", "math.hypot(1.1, 2.2, 3.3)", "math.dist((1, 2), (4, 6))", "math.dist([1.5, 2.25, 7], [0.1, 9.9, 3.3])", "math.dist((1,), (1, 2))",
 "math.factorial(20)", "math.factorial(-1)", "math.factorial(5.0)", "math.gcd(12, 18, -24)", "math.gcd()", "math.lcm(4, 6, 10)", "math.lcm(0, 5)", "math.lcm()",
 "math.isqrt(10**40 + 5)", "math.isqrt(-1)", "math.isqrt(2.0)", "math.comb(10, 3)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(3, 5)", "math.perm(5, 2)", "math.perm(5)", "math.perm(-5, 2)", "math.perm(3, 5)",
 "math.prod([1, 2, 3, 4])", "math.prod([1.5, 2], start=2)", "math.nextafter(1, 2)", "math.nextafter(0, -1)", "math.ulp(1.0)", "math.ulp(0.0)", "math.ulp(float('inf'))",
 "math.degrees(math.pi / 3)", "math.radians(180)", "math.atanh(1)", "math.acos(2)", "math.cosh(1000)", "math.sin(float('inf'))", "math.atan2(1, 1)", "math.copysign(3, -0.0)", "math.cbrt(27)", "math.exp2(10)", "math.expm1(1e-10)", "math.log1p(1e-10)", "math.expm1(2)", "math.log1p(3)",
 "math.tan(1.0)", "math.acosh(2.5)", "math.asinh(-3)", "math.tanh(0.5)", "math.sinh(2)", "math.log(2.718281828459045)", "math.log10(1000)", "math.log2(1024)", "math.exp(-745.2)",
]: t(s)
