# features: [builtins, sum_pow_divmod]
# stages: [run]
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), 10), sum([1.5, 2], start=1), pow(2, 100), pow(2, 0.5), divmod(-7, 2), divmod(7.5, 2))
try:
    sum(['a'], '')
except TypeError as e:
    print(e)
