# features: [exceptions]
# stages: [run]
try:
    raise ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print('values', repr(eg), eg.exceptions)
except* TypeError as eg:
    print('types', eg.exceptions)
try:
    try:
        raise ExceptionGroup('g2', [KeyError('a'), OSError('b')])
    except* KeyError:
        print('keys handled')
except ExceptionGroup as rest:
    print('rest', repr(rest), rest.exceptions)
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('wrapped', repr(eg))
