# features: [errors, error-messages]
# stages: [run]
cases = [
    ('sorted(1)', lambda: sorted(1)),
    ('list(5)', lambda: list(5)),
    ('dict([1, 2])', lambda: dict([1, 2])),
    ('set(1)', lambda: set(1)),
    ('tuple(None)', lambda: tuple(None)),
    ('frozenset(3)', lambda: frozenset(3)),
    ('str(1, 2)', lambda: str(1, 2)),
    ('int([1])', lambda: int([1])),
    ('float({})', lambda: float({})),
    ('bool(1, 2)', lambda: bool(1, 2)),
    ('enumerate(5)', lambda: enumerate(5)),
    ('zip(1, 2)', lambda: zip(1, 2)),
    ('map(None)', lambda: map(None)),
    ('min(5)', lambda: min(5)),
    ('reversed(5)', lambda: reversed(5)),
    ('sum(5)', lambda: sum(5)),
    ('any(1)', lambda: any(1)),
    ('next(5)', lambda: next(5)),
    ('callable()', lambda: callable()),
    ('print(end=5)', lambda: print(end=5)),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
