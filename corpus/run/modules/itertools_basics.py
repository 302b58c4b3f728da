# features: [itertools]
# stages: [run]
import itertools
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(count(2**64), 2)))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5, 0.5)), repr(count(3, 1.0)))
c = count(3); next(c); print(c)
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), repr(repeat('a')), repr(repeat('a', 3)), repr(repeat(None, -2)))
r = repeat(1, 2); print(r.__length_hint__()); next(r); print(r, r.__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')), list(accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(chain('ab', [1, 2], (), range(2))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(chain[int])
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])), list(filterfalse(bool, [0, 2])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbb'); k1, g1 = next(gb); print(k1, next(g1)); k2, g2 = next(gb); print(k2, list(g1), list(g2))
print(type(g2).__name__, type(gb).__name__)
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 5, 50, 10)), list(islice([], 3)), list(islice('abc', None)))
it = iter(range(10)); list(islice(it, 3, 5)); print(next(it))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], [7, 2]])))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee('xyz', 3); print(next(a), list(b), list(a), list(c))
a, b = tee(iter(range(200))); print(sum(a), sum(b), type(a).__name__)
a, b = tee([1, 2, 3]); next(a); c, d = tee(a); print(list(c), list(d), list(b), c.__class__ is a.__class__)
print(tee([], 0), len(tee('ab', 4)))
a = itertools._tee([1, 2]); b = a.__copy__(); print(list(a), list(b))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', range(3))), list(zip_longest()))
print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(permutations('ABCD', 2))[:6], list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(product(range(3), repeat=5))))
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse', 'groupby', 'islice',
             'pairwise', 'starmap', 'takewhile', 'zip_longest', 'product', 'permutations', 'combinations', 'combinations_with_replacement']:
    t = getattr(itertools, name)
    print(t, t.__name__, t.__module__, iter(t.__new__(t, *{'count': (), 'repeat': (1,), 'islice': ([], 1), 'dropwhile': (bool, []),
          'filterfalse': (bool, []), 'takewhile': (bool, []), 'starmap': (bool, []), 'compress': ([], []), 'combinations': ([], 1),
          'combinations_with_replacement': ([], 1)}.get(name, ([],)))).__class__.__name__)

class MyCount(count):
    def __next__(self):
        return super().__next__() * 10
m = MyCount(2)
print(next(m), next(m), repr(m), isinstance(m, count))
class MyChain(chain):
    pass
print(list(MyChain('ab', 'cd')), MyChain.__mro__)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: count('a'))
err(lambda: count(1, 2, 3))
err(lambda: cycle())
err(lambda: repeat())
err(lambda: repeat(1).__length_hint__())
err(lambda: accumulate([1, 2], None, 3))
err(lambda: chain(x=1))
err(lambda: list(chain(1)))
err(lambda: islice([1], -1))
err(lambda: islice([1], 1, 2, 0))
err(lambda: islice([1], 'a', 2))
err(lambda: islice([1]))
err(lambda: tee([1], -1))
err(lambda: zip_longest([1], x=0))
err(lambda: product([1, 2], repeat=-1))
err(lambda: permutations([1, 2, 3], 'a'))
err(lambda: combinations([1, 2], -1))
err(lambda: combinations([1, 2]))
err(lambda: list(starmap(pow, [1])))
err(lambda: len(count()))
def gen():
    yield 1
    yield from b
a, b = tee(gen())
next(a)
err(lambda: next(a))
