# features: [realworld, stdlib-itertools, stdlib-operator, formatting, stdlib-decimal]
# stages: [run]
# flags: [needs-stdlib]
from operator import itemgetter, attrgetter
from itertools import groupby
from collections import namedtuple
from decimal import Decimal, ROUND_HALF_UP, getcontext

Sale = namedtuple("Sale", "region rep product units price")
RAW = """East,Alice,Widget,10,2.50
West,Bob,Gadget,3,19.99
East,Carol,Gadget,7,19.99
North,Dan,Widget,12,2.50
West,Bob,Widget,5,2.50
East,Alice,Doohickey,1,99.95
North,Erin,Gadget,2,19.99
West,Frank,Doohickey,4,99.95"""
sales = [Sale(r, p, pr, int(u), Decimal(c)) for r, p, pr, u, c in (l.split(",") for l in RAW.splitlines())]
total = lambda s: s.units * s.price
print(f"{'Region':<8}{'Rep':<8}{'Product':<12}{'Units':>6}{'Total':>10}")
for s in sorted(sales, key=attrgetter("region", "rep")):
    print(f"{s.region:<8}{s.rep:<8}{s.product:<12}{s.units:>6}{total(s):>10.2f}")
print()
for region, grp in groupby(sorted(sales, key=attrgetter("region")), key=attrgetter("region")):
    g = list(grp)
    print(f"{region}: {len(g)} sales, {sum(map(total, g)):,.2f} revenue, best {max(g, key=total).rep}")
by_product = {}
for s in sales:
    by_product.setdefault(s.product, []).append(s.units)
print(sorted(((p, sum(u)) for p, u in by_product.items()), key=itemgetter(1), reverse=True))
grand = sum(map(total, sales))
print(grand, grand.quantize(Decimal("1"), rounding=ROUND_HALF_UP), f"{grand:.1f}", repr(grand))
tax = (grand * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(tax, grand + tax, Decimal("1") / Decimal("7"))
getcontext().prec = 6
print(Decimal("1") / Decimal("7"), Decimal(2).sqrt(), Decimal("1.10") + Decimal("2.2"), Decimal("3.000").normalize())
print(sorted(sales, key=itemgetter(4, 3))[0].rep, list(map(itemgetter(0, 2), sales[:2])))
pct = {s.rep: f"{total(s) / grand:.1%}" for s in sales}
print(pct)
print(Decimal("NaN").is_nan(), Decimal("-0"), Decimal("1e3"), Decimal("1E+3").to_integral(), Decimal(0.1))
try:
    Decimal("abc")
except Exception as e:
    print(type(e).__name__)
