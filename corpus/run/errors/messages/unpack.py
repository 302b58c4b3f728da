# features: [errors, error-messages]
# stages: [run]
def exec_stmt(i):
    if i == 0:
        (a, b) = (1, 2, 3)
    if i == 1:
        (a, b, c) = (1, 2)
    if i == 2:
        a, *b, c = [1]
    if i == 3:
        (a, b) = 5
    if i == 4:
        [a] = []
    if i == 5:
        a, b = 'abc'
    if i == 6:
        a, b = {1: 2}
    return None
cases = [
    ('(a, b) = (1, 2, 3)', lambda: exec_stmt(0)),
    ('(a, b, c) = (1, 2)', lambda: exec_stmt(1)),
    ('a, *b, c = [1]', lambda: exec_stmt(2)),
    ('(a, b) = 5', lambda: exec_stmt(3)),
    ('[a] = []', lambda: exec_stmt(4)),
    ("a, b = 'abc'", lambda: exec_stmt(5)),
    ('a, b = {1: 2}', lambda: exec_stmt(6)),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
