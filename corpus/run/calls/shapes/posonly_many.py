# features: [calls, call-errors, TypeError]
# stages: [run]
def f(a, b, c, /): return (a, b, c)
for text, call in [
    ('f()', lambda: f()),
    ('f(1)', lambda: f(1)),
    ('f(1, 2)', lambda: f(1, 2)),
    ('f(1, 2, 3)', lambda: f(1, 2, 3)),
    ('f(1, 2, 3, 4)', lambda: f(1, 2, 3, 4)),
    ('f(1, 2, 3, 4, 5, 6)', lambda: f(1, 2, 3, 4, 5, 6)),
    ('f(a=1)', lambda: f(a=1)),
    ('f(1, a=1)', lambda: f(1, a=1)),
    ('f(1, b=2)', lambda: f(1, b=2)),
    ('f(1, 2, c=3)', lambda: f(1, 2, c=3)),
    ('f(1, k=2)', lambda: f(1, k=2)),
    ('f(1, d=4)', lambda: f(1, d=4)),
    ('f(1, x=9)', lambda: f(1, x=9)),
    ('f(1, 2, d=4, z=5)', lambda: f(1, 2, d=4, z=5)),
    ('f(*[1, 2], **{"c": 3})', lambda: f(*[1, 2], **{"c": 3})),
    ('f(*(1,), y=2)', lambda: f(*(1,), y=2)),
    ('f(1, **{"a": 2})', lambda: f(1, **{"a": 2})),
    ('f(1, 2, 3, d=1, e=2, f=3)', lambda: f(1, 2, 3, d=1, e=2, f=3)),
    ('f(x=1, z=2)', lambda: f(x=1, z=2)),
    ('f(1, c=1, a=1, b=1, d=1)', lambda: f(1, c=1, a=1, b=1, d=1)),
    ('f(**{1: 2})', lambda: f(**{1: 2})),
    ('f(*5)', lambda: f(*5)),
    ('f(**[])', lambda: f(**[])),
    ('f(1, *[2], **{"k": 3})', lambda: f(1, *[2], **{"k": 3})),
    ('f(1, 2, 3, k=4, m=5)', lambda: f(1, 2, 3, k=4, m=5)),
    ('f(a=1, b=2, c=3)', lambda: f(a=1, b=2, c=3)),
]:
    try:
        print(text, '->', call())
    except TypeError as e:
        print(text, '-> TypeError:', e)
