# features: [errors, error-messages]
# stages: [run]
def exec_stmt(i):
    if i == 19:
        del [][0]
    return None
cases = [
    ("1 + 'a'", lambda: 1 + 'a'),
    ("'a' - 'b'", lambda: 'a' - 'b'),
    ('[1] * 1.5', lambda: [1] * 1.5),
    ('{} + {}', lambda: {} + {}),
    ('None + 1', lambda: None + 1),
    ('len(5)', lambda: len(5)),
    ("-'x'", lambda: -'x'),
    ('~1.5', lambda: ~1.5),
    ("1 < 'a'", lambda: 1 < 'a'),
    ('[1] < (1,)', lambda: [1] < (1,)),
    ("'a' % ()", lambda: 'a' % ()),
    ('abs(None)', lambda: abs(None)),
    ('(5)[0] via getitem', lambda: (5).__getitem__(0)),
    ('n[0]', lambda n=None: n[0]),
    ('(1).__len__()', lambda: (1).__len__()),
    ('iter(None)', lambda: iter(None)),
    ('hash({})', lambda: hash({})),
    ('{[]: 1}', lambda: {[]: 1}),
    ("int('x', 2)", lambda: int('x', 2)),
    ('del [][0]', lambda: exec_stmt(19)),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
