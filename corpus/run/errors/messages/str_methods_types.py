# features: [errors, error-messages]
# stages: [run]
cases = [
    ("'a'.join([1])", lambda: 'a'.join([1])),
    ("'a'.startswith(['x'])", lambda: 'a'.startswith(['x'])),
    ("'a'.replace('a')", lambda: 'a'.replace('a')),
    ("'a'.center()", lambda: 'a'.center()),
    ("'a'.find()", lambda: 'a'.find()),
    ("'a'.split(5)", lambda: 'a'.split(5)),
    ("'a'.encode(5)", lambda: 'a'.encode(5)),
    ("'a'.strip(5)", lambda: 'a'.strip(5)),
    ("'abc'.count(1)", lambda: 'abc'.count(1)),
    ("'a' in 5", lambda: 'a' in 5),
    ("5 in 'a'", lambda: 5 in 'a'),
    ("'a'.format_map(5)", lambda: 'a'.format_map(5)),
    ("'x'.zfill()", lambda: 'x'.zfill()),
    ('str.lower()', lambda: str.lower()),
    ("'a'.partition(1)", lambda: 'a'.partition(1)),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
