# features: [errors, error-messages]
# stages: [run]
cases = [
    ("int('abc')", lambda: int('abc')),
    ("float('x')", lambda: float('x')),
    ('[].index(1)', lambda: [].index(1)),
    ("'abc'.index('z')", lambda: 'abc'.index('z')),
    ('list.remove([], 1)', lambda: list.remove([], 1)),
    ('chr(-5)', lambda: chr(-5)),
    ('range(1, 2, 0)', lambda: range(1, 2, 0)),
    ("'a'.split('')", lambda: 'a'.split('')),
    ('(1, 2).index(3)', lambda: (1, 2).index(3)),
    ("int('9' * 5, 8)", lambda: int('9' * 5, 8)),
    ('bytes([300])', lambda: bytes([300])),
    ("complex('1+')", lambda: complex('1+')),
    ("'{'.format()", lambda: '{'.format()),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
