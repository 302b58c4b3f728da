# features: [errors, error-messages]
# stages: [run]
def exec_stmt(i):
    if i == 1:
        del undefined_y
    return None
cases = [
    ('undefined_x', lambda: undefined_x),
    ('del undefined_y', lambda: exec_stmt(1)),
    ("globals()['nope']", lambda: globals()['nope']),
    ('(lambda: free_z)()', lambda: (lambda: free_z)()),
]
for text, f in cases:
    try:
        r = f()
        print(text, '=', repr(r))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
