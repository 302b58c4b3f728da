# features: [import, stdlib-decimal]
# stages: [run]
# flags: [needs-stdlib]
import _pydecimal as decimal
from _pydecimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), repr(Decimal("0.10")))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal("2.5").exp())
with localcontext() as ctx:
    ctx.prec = 40
    print(Decimal(1) / Decimal(3), Decimal(2) ** Decimal("0.5"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN))
print(Decimal(0.1), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("120.00").normalize())
print(Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("3.14159").as_tuple())
print(Decimal("10") // Decimal("3"), Decimal("-10") % Decimal("3"), divmod(Decimal("7.5"), 2))
print(round(Decimal("2.345"), 2), int(Decimal("-3.9")), float(Decimal("1.5")), Decimal("1.23") < 2)
print(sum([Decimal("0.1")] * 10), Decimal("12345.6789").to_integral_value(), Decimal(5).compare(Decimal(3)))
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal("0.000123"), "e"), Decimal("1.20").adjusted())
c = decimal.Context(prec=5, rounding=ROUND_HALF_UP)
print(c.divide(Decimal(2), Decimal(3)), c.create_decimal("3.1415926"), c.plus(Decimal("1.234567")))
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__name__)
try:
    Decimal("abc")
except decimal.InvalidOperation as e:
    print("InvalidOperation")
print(hash(Decimal("0.5")) == hash(0.5), Decimal("1.50") == Decimal("1.5"))
