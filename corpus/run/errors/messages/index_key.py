# features: [errors, error-messages]
# stages: [run]
cases = [
    ('[1][3]', lambda: [1][3]),
    ('(1,)[-2]', lambda: (1,)[-2]),
    ("'ab'[9]", lambda: 'ab'[9]),
    ("{}['k']", lambda: {}['k']),
    ('{1: 2}[2]', lambda: {1: 2}[2]),
    ('range(3)[5]', lambda: range(3)[5]),
    ('[][0:1][0]', lambda: [][0:1][0]),
    ('{(1, 2): 0}[(2, 1)]', lambda: {(1, 2): 0}[(2, 1)]),
    ("b'x'[1]", lambda: b'x'[1]),
    ('bytearray()[0]', lambda: bytearray()[0]),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
