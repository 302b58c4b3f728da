# features: [format, percent-format]
# stages: [run]
print('%s %r %a' % ('é', 'é', 'é'))
print('%d %i %u %5d|%-5d|%05d|%+d|% d' % (42, -3, 7, 12, 12, 12, 12, 12))
print('%x %X %#x %o %#o %e %E %.2f %10.3f %g %G %.3g %%' % (255, 255, 255, 8, 8, 12345.678, 0.001, 3.14159, 2.5, 1e-5, 1e20, 1234567))
print('%c%c' % (65, 'z'), '%s' % [1, 2], '%s' % ((1, 2),), '%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print(b'%s %d %x %c %r' % (b'ab', 5, 255, 65, b'q'))
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%z' % 1, lambda: '%(a)s' % 5, lambda: '%c' % 'ab', lambda: '%d' % 1.5 + 'x', lambda: '%x' % 1.5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print('%.3s|%5.1s|' % ('abcdef', 'xyz'), '%d' % True, '%f' % 1, '%s' % None, '%r' % 1.0, '%i' % 3.99)
