# features: [format, str-format]
# stages: [run]
print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'))
print('{name}:{age:>4}'.format(name='bob', age=7))
print('{0[1]} {0[k]} {1.real}'.format({1: 'one', 'k': 'kay'}, 3 + 4j))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{{literal}} {}'.format(5))
print('{0:^{1}}|'.format('mid', 9))
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
print('{:abc} {}'.format(P(), P()), f'{P():xyz}', format(P(), '!'))
for bad in ['{', '}', '{0} {}', '{} {0}', '{x}', '{0}', '{:d}', '{!z}', '{0[}']:
    try:
        print(bad.format('s') if bad != '{x}' else bad.format())
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
