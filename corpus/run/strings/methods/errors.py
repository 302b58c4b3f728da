# features: [str, errors]
# stages: [run]
cases = [
    lambda: 'abc'.center('x'), lambda: 'abc'.center(5, 'ab'), lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'),
    lambda: 'a'.split(''), lambda: 'a'.partition(''), lambda: 'a'.join([1, 2]), lambda: 'a'.join(['x', b'y']),
    lambda: 'a'.replace(1, 2), lambda: 'a'.startswith(1), lambda: 'a'.count(), lambda: 'é'.encode('ascii'),
    lambda: 'a'.zfill('3'), lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' * 'b', lambda: 'a'[5], lambda: 'a'.expandtabs('x'),
    lambda: 'abc'.strip(1), lambda: str.upper(5), lambda: 'a'.encode('nope'), lambda: 'abc'[1:2:0], lambda: 'x'.ljust(),
    lambda: ord('ab'), lambda: ord(''), lambda: chr(-1), lambda: chr(0x110000), lambda: 'a' < 1, lambda: 'abc'.splitlines(1.5),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
