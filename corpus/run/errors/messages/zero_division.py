# features: [errors, error-messages]
# stages: [run]
cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1.5 // 0.0', lambda: 1.5 // 0.0),
    ('2.0 % 0', lambda: 2.0 % 0),
    ('divmod(5, 0)', lambda: divmod(5, 0)),
    ('0 ** -1', lambda: 0 ** -1),
    ('0.0 ** -2', lambda: 0.0 ** -2),
    ('pow(0, -1)', lambda: pow(0, -1)),
    ('(1+1j) / 0', lambda: (1+1j) / 0),
    ('10 ** 30 // 0', lambda: 10 ** 30 // 0),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
