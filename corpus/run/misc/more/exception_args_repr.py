# features: [misc]
# stages: [run]
for e in [ValueError(), ValueError('one'), ValueError('a', 'b'), KeyError('k'), KeyError(), OSError(13, 'denied'), OSError(13, 'denied', 'f.txt'), UnicodeError('u'), StopIteration(1, 2), SystemExit(), SystemExit('bye'), ZeroDivisionError('x')]:
    print(repr(e), '|', str(e), '|', e.args)
