# features: [functools, operator]
# stages: [run]
import _functools, _operator
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper

def f(a, b=2, *c, **k):
    return (a, b, c, k)

p = partial(f, 1, x=3)
print(p(2), p(2, x=4, y=5), p.args, p.keywords, p.func is f)
q = partial(p, 7, z=1)
print(q.func is f, q.args, q.keywords, q())
p2 = partial(f, 1); p2.__dict__
print(partial(p2, 2).func is p2)
print(repr(partial(len, 'a')).startswith("functools.partial(<built-in function len>"), partial.__module__, partial.__name__)
class P(partial):
    pass
print(repr(P(max, 1, key=abs)).startswith('P(<built-in function max>, 1, key='), P(max, 1)(5), type(partial(P(max, 1), 2)) is partial)
class A:
    m = partial(f, 'fixed')
print(A().m(2))
p.attr = 5; print(p.__dict__, p.attr)
print(partial(max, 1, 9).__reduce__()[1:] == ((max,), (max, (1, 9), {}, None)))
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1), reduce(lambda a, b: a + b, 'abc', '>'))
print(sorted([3, 1, 2, 5], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(4), K(5) > K(4), K(4) >= K(5), K(7).obj, type(K(1)).__name__)

calls = []
def sq(x, y=0):
    calls.append(x)
    return x * x + y
info = lambda *a: a
c = _lru_cache_wrapper(sq, 2, False, info)
print(c(1), c(2), c(1), c(3), c(2), c(1, y=1), c(y=1, x=1), c.cache_info(), calls)
c.cache_clear(); print(c.cache_info())
u = _lru_cache_wrapper(sq, None, False, info)
print([u(i % 3) for i in range(10)], u.cache_info())
z = _lru_cache_wrapper(sq, 0, False, info)
print(z(4), z(4), z.cache_info())
t = _lru_cache_wrapper(sq, 10, True, info)
print(t(2), t(2.0), t(2), t.cache_info())
class B:
    meth = _lru_cache_wrapper(lambda self, n: n + 1, 5, False, info)
print(B().meth(4), B.meth is B.__dict__['meth'])

import _operator as O
print(O.add(1, 2), O.sub(5, 7), O.mul('a', 3), O.truediv(1, 2), O.floordiv(7, 2), O.mod(7, 3), O.pow(2, 10), O.neg(4), O.pos(-1), O.abs(-3))
print(O.and_(6, 3), O.or_(6, 3), O.xor(6, 3), O.lshift(1, 4), O.rshift(16, 2), O.inv(5), O.invert(0), O.not_(0), O.truth([]), O.index(True))
print(O.lt(1, 2), O.le(2, 2), O.eq(1, 1.0), O.ne('a', 'a'), O.gt(1, 2), O.ge(3, 2), O.is_(None, None), O.is_not(1, None))
l = [1]; print(O.iadd(l, [2]) is l, O.iconcat(l, [3]), O.concat((1,), (2,)), O.isub(5, 1), O.imul(2, 3), O.ipow(2, 5), O.imod(9, 4), O.ixor(6, 3))
print(O.contains('abc', 'b'), O.countOf([1, 2, 1, 1], 1), O.indexOf('abc', 'c'), O.getitem({'k': 1}, 'k'))
d = {}; O.setitem(d, 'a', 1); print(d); O.delitem(d, 'a'); print(d)
print(O.length_hint([1, 2]), O.length_hint(iter(range(5))), O.length_hint(5), O.length_hint(5, 9))
print(O._compare_digest('abc', 'abc'), O._compare_digest(b'a', b'b'), O.call(max, 1, 5, key=lambda v: -v))
g = O.itemgetter(1); g2 = O.itemgetter(1, 0); g3 = O.itemgetter((1, 2))
print(g, g2, g3, g([5, 6]), g2('xy'), g3({(1, 2): 'hit'}), g.__reduce__())
class C:
    x = 1
    class b:
        c = 5
    def m(self, *a, **k):
        return (a, k)
a1 = O.attrgetter('x'); a2 = O.attrgetter('x', 'b.c')
print(a1, a2, a1(C), a2(C), a2.__reduce__())
m = O.methodcaller('m', 1, k=2)
print(m, m(C()), O.methodcaller('upper')('abc'), O.methodcaller('m').__reduce__())
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=O.itemgetter(1)))

def err(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: partial())
err(lambda: partial(1))
err(lambda: setattr(p, 'args', ()))
err(lambda: reduce(lambda a, b: a, []))
err(lambda: reduce(lambda a, b: a, 1))
err(lambda: reduce())
err(lambda: K(1) < 1)
err(lambda: hash(K(1)))
err(lambda: _lru_cache_wrapper(sq, 'a', False, info))
err(lambda: _lru_cache_wrapper(1, 1, False, info))
err(lambda: O.add(1))
err(lambda: O.neg())
err(lambda: O.add(a=1, b=2))
err(lambda: O.indexOf([1], 2))
err(lambda: O.concat(1, 2))
err(lambda: O.itemgetter())
err(lambda: O.itemgetter(1)())
err(lambda: O.attrgetter(1))
err(lambda: O.attrgetter('nope')(C))
err(lambda: O.methodcaller())
err(lambda: O.methodcaller(1))
err(lambda: O._compare_digest(1, 2))
err(lambda: O._compare_digest('\xe9', 'e'))
err(lambda: O.length_hint(5, 'a'))
