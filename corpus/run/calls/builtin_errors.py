# features: [calls, call-errors, builtins]
# stages: [run]
cases = [lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs('x'), lambda: divmod(1), lambda: isinstance(1),
         lambda: sorted(), lambda: sorted([1], None), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(),
         lambda: int(x=1), lambda: print(sepp=1), lambda: 'a'.split(1, 2, 3), lambda: max(), lambda: min([]), lambda: sum(['a', 'b']),
         lambda: sum([], 'x'), lambda: getattr(1), lambda: range(), lambda: range(1.5), lambda: zip(1), lambda: iter(5), lambda: next([]),
         lambda: hash([]), lambda: dict(1), lambda: dict([(1, 2, 3)]), lambda: list(1, 2), lambda: tuple(5), lambda: object(1),
         lambda: type(), lambda: type(1, 2), lambda: enumerate(), lambda: pow(1), lambda: round('x'), lambda: chr('a'), lambda: (1).__add__()]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ':', e)
