# features: [errors, error-messages]
# stages: [run]
cases = [
    ('2.0 ** 10000', lambda: 2.0 ** 10000),
    ('float(10 ** 400)', lambda: float(10 ** 400)),
    ("int(float('inf'))", lambda: int(float('inf'))),
    ('10.0 ** 400', lambda: 10.0 ** 400),
    ('(2 ** 2000) * 1.0', lambda: (2 ** 2000) * 1.0),
    ("round(1e308, -400) if False else 1e308 * 10 == float('inf') or 1 / 0", lambda: round(1e308, -400) if False else 1e308 * 10 == float('inf') or 1 / 0),
    ('range(10 ** 100).__len__()', lambda: range(10 ** 100).__len__()),
    ('[0] * (2 ** 70)', lambda: [0] * (2 ** 70)),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
