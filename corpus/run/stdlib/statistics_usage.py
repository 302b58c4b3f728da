# features: [import, stdlib-statistics]
# stages: [run]
# flags: [needs-stdlib]
import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.median_grouped([52, 52, 53, 54]), st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.multimode('aabbbbccddddeeffffgg'))
print(st.stdev(data), st.variance(data), st.pstdev(data), st.pvariance(data))
print(st.mean([1, 2, 3, 4, 4]), st.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3)]), st.mean([Decimal('0.5'), Decimal('0.75')]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11), n=4, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, [2*v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 7]))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.cdf(130), n.pdf(100), n.inv_cdf(0.95), n.quantiles(), n.overlap(st.NormalDist(110, 10)))
print(n.zscore(120), n + 5, n * 2, n - st.NormalDist(3, 4), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print([round(v, 3) for v in n.samples(3, seed=42)])
print(st.NormalDist(0, 1).inv_cdf(0.001), st.NormalDist().cdf(-3), st.NormalDist().inv_cdf(0.5))
for bad in [[], ]:
    for f in (st.mean, st.median, st.stdev, st.mode):
        try: f(bad)
        except st.StatisticsError as e: print(type(e).__name__, e)
try: st.variance([1])
except st.StatisticsError as e: print(e)
print(st.pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.variance([Decimal('27.5'), Decimal('30.25'), Decimal('30.25'), Decimal('34.5'), Decimal('41.75')]))
print(st.mean([1e308, 1e308]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
