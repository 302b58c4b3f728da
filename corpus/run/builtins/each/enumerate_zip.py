# features: [builtins, enumerate_zip]
# stages: [run]
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(zip('abc', range(5))), list(zip()), list(zip('a', 'b', 'c')))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('abc', 'ab', strict=True))
except ValueError as e:
    print(e)
e = enumerate('xy'); print(next(e), next(e)); print(next(e, 'done'))
