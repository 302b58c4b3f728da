# features: [errors, error-messages]
# stages: [run]
cases = [
    ('(1).foo', lambda: (1).foo),
    ("'s'.nope", lambda: 's'.nope),
    ('None.x', lambda: None.x),
    ('[].push', lambda: [].push),
    ('object().__dict__', lambda: object().__dict__),
    ('int.missing', lambda: int.missing),
    ("type('T', (), {})().zz", lambda: type('T', (), {})().zz),
    ('(lambda: 0).attr', lambda: (lambda: 0).attr),
    ('{}.key', lambda: {}.key),
    ('(1, 2).append', lambda: (1, 2).append),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
