# features: [builtins, min_max]
# stages: [run]
print(min(3, 1, 2), max('abc'), min([4, 5], key=lambda x: -x), max([], default=0), min((), default=None), max([1, 3, 3.0], key=float), max('a', 'B', key=str.lower))
for bad in [lambda: min([]), lambda: max(1), lambda: min(1, 'a'), lambda: max([], default=1, key=None, x=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
