# features: [decimal, fractions, realworld]
# stages: [run]
# flags: [needs-stdlib]
# Money with Decimal (rounding modes, contexts, allocation) and exact arithmetic with Fraction.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero
from fractions import Fraction

CENT = Decimal("0.01")
prices = [Decimal("19.99"), Decimal("5.005"), Decimal("0.105"), Decimal("100")]
print(sum(prices), [p.quantize(CENT, ROUND_HALF_UP) for p in prices], [p.quantize(CENT, ROUND_HALF_EVEN) for p in prices])
tax = Decimal("0.0825")
for p in prices:
    t = (p * tax).quantize(CENT, rounding=ROUND_HALF_UP)
    print(f"{p:>8} {t:>6} {p + t:>9.2f}")


def allocate(total, ratios):
    total = Decimal(total)
    parts = [(total * r / sum(ratios)).quantize(CENT, ROUND_DOWN) for r in ratios]
    remainder = total - sum(parts)
    i = 0
    while remainder > 0:
        parts[i] += CENT
        remainder -= CENT
        i += 1
    return parts


print(allocate("100.00", [1, 1, 1]), allocate("10", [3, 7]), allocate("0.05", [1, 1, 1, 1]))
loan, rate, n = Decimal("25000"), Decimal("0.049") / 12, 60
payment = (loan * rate / (1 - (1 + rate) ** -n)).quantize(CENT)
print("monthly payment", payment)
bal = loan
for month in range(1, 4):
    interest = (bal * rate).quantize(CENT)
    bal -= payment - interest
    print(month, interest, bal)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt(), Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal("1.30") + Decimal("1.20"), Decimal("3.14159").as_tuple(), Decimal("-0.00").is_signed())
print(Decimal("1e3").normalize(), Decimal("123.4500").normalize(), Decimal(10) ** -3, Decimal("7").compare(Decimal("7.0")))
print(Decimal.from_float(0.1).quantize(Decimal("1e-20")), Decimal("12.345").to_integral_value(), round(Decimal("2.5")), int(Decimal("-3.9")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
h = sum(Fraction(1, k) for k in range(1, 11))
print(h, float(h), h.numerator, h.denominator, Fraction(3, 4) < Fraction(4, 5), Fraction("-1.25e-1"), Fraction(1, 3) * 3 == 1)
print(Fraction(355, 113) - Fraction(22, 7), abs(Fraction(-2, 3)), round(Fraction(7, 2)), Fraction(5, 3).__floor__(), Fraction(1, 7).limit_denominator(5))
