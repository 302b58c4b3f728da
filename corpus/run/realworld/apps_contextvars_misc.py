# features: [realworld, stdlib-contextvars, stdlib-operator, numbers]
# stages: [run]
# flags: [needs-stdlib]
import contextvars, operator, numbers, math, sys
from fractions import Fraction
from decimal import Decimal

request_id = contextvars.ContextVar("request_id", default="none")
def handle(rid):
    token = request_id.set(rid)
    try:
        return f"handling {request_id.get()}"
    finally:
        request_id.reset(token)
print(handle("r1"), request_id.get())
ctx = contextvars.copy_context(); print(ctx.run(handle, "r2"), len(list(ctx.keys())) >= 0)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(Fraction(1, 2), numbers.Rational),
      isinstance(1j, numbers.Complex), isinstance(Decimal(1), numbers.Real), isinstance(True, numbers.Number))
print(2 ** 100, -7 // 2, -7 % 2, divmod(-7, 2), 7 / 2, 2 ** -1, pow(3, 4, 5), pow(2, -1, 7), (-8) ** (1 / 3))
print(int("ff", 16), int("0b101", 0), int(" 42 "), int("1_000"), hex(255), oct(8), bin(5), (255).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else 1)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 25) // 3, abs(-2 ** 70), (2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 9, "big", signed=True))
print(math.factorial(25), math.comb(30, 15), math.perm(10, 3), math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.sqrt(2), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.inf, -math.inf, math.nan, math.tau)
print(float("1e500"), float("-inf") < 0, math.isnan(float("nan")), float("nan") == float("nan"), 0.1 + 0.2, 1e-7, 1e16, 123456789012345678.0)
print(1.0.as_integer_ratio(), 0.75.as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex(), 1 / 3)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), 1j ** 2, (2 + 0j) ** 0.5)
print(operator.add(1, 2), operator.neg(5), operator.truth([]), operator.contains([1], 1), operator.getitem("abc", 1), operator.index(7))
print(operator.concat([1], [2]), operator.is_(None, None), operator.lt(1, 2), operator.pow(2, 10), operator.xor(6, 3), operator.inv(5))
f = operator.attrgetter("real"); g = operator.itemgetter(slice(1, 3)); print(f(3 + 4j), g("hello"), operator.length_hint(iter(range(5))))
x = [1, 2]; operator.iadd(x, [3]); print(x, operator.setitem(x, 0, 9) or x, operator.delitem(x, 0) or x)
for bad in [lambda: 1 / 0, lambda: 1 % 0, lambda: math.sqrt(-1), lambda: math.log(0), lambda: int("x"), lambda: 2.0 ** 10000, lambda: math.factorial(-1), lambda: float("abc")]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.float_repr_style, sys.int_info.sizeof_digit, round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1.35, 1), f"{2.5:.0f}", f"{0.125:.2f}")
