# features: [import, stdlib-fractions]
# stages: [run]
# flags: [needs-stdlib]
from fractions import Fraction
from decimal import Decimal
import math

a = Fraction(3, 4)
b = Fraction("2/6")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a ** 2, a ** -2, -a, abs(-b))
print(a // b, a % b, divmod(a, b), a < b, a == 0.75, a == Fraction(6, 8))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("1.25e-2"))
print(Fraction(Decimal("3.14")), Fraction(7), Fraction(-7, 21), float(Fraction(1, 3)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(round(Fraction(22, 7), 3), int(Fraction(-9, 4)), Fraction(1, 3).as_integer_ratio())
print(sum(Fraction(1, n) for n in range(1, 11)))
print(Fraction(3, 4) + 1, 1 - Fraction(3, 4), Fraction(1, 2) + 0.25, 2 ** Fraction(1, 2))
print(hash(Fraction(1, 2)) == hash(0.5), {Fraction(2, 4): "x"}[0.5])
print(f"{Fraction(1, 3)}", str(Fraction(10, 5)), Fraction(5).numerator, Fraction(5, 10).denominator)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction("x/y")
except ValueError as e:
    print("ValueError", e)
