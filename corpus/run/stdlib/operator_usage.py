# features: [operator, stdlib]
# stages: [run]
# flags: [needs-stdlib]
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.__add__(2, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(5))
print(operator.lt(1, 2), operator.__not__(0), operator.is_(None, None), operator.contains([1, 2], 2), operator.countOf('banana', 'a'))
print(operator.index(7), operator.length_hint(iter(range(9))), operator.concat([1], [2]), operator.getitem('abc', 1))
rows = [('bob', 30, 'x'), ('alice', 25, 'y'), ('carol', 35, 'z')]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0, 2), rows)))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct
ps = [P('b', P('z')), P('a', P('y'))]
print([p.name for p in sorted(ps, key=attrgetter('name'))], attrgetter('child.name')(ps[0]), attrgetter('name', 'child.name')(ps[1]))
print(methodcaller('greet', 'hi')(ps[0]), methodcaller('greet', 'yo', punct='?')(ps[1]))
print(itemgetter(1), attrgetter('a', 'b.c'), methodcaller('m', 1, k=2))
x = [1]; operator.iadd(x, [2]); print(x, operator.ipow(2, 8), operator.imatmul.__name__)
d = {}; operator.setitem(d, 'k', 1); operator.delitem(d, 'k'); print(d)
print(operator.call(sorted, [3, 1, 2], reverse=True), operator._compare_digest(b'ab', b'ab'))
print(operator.__doc__.splitlines()[0], len(operator.__all__))
