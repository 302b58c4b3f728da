# features: [builtins, repr]
# stages: [run]
objs = [None, True, False, 0, -1, 1.0, -0.0, 1e300, 1j, 'a', b'a', bytearray(b'a'), [], (), (1,), {}, set(), frozenset(), range(3), range(1, 5, 2),
        slice(1, 2), slice(None), Ellipsis, NotImplemented, [1, [2, (3, {4: {5}})]], {'k': (None,)}, {1, 2}, frozenset({3}), int, str, type, object,
        ValueError('x'), KeyError('k'), StopIteration(), Exception(), Exception(1, 'two')]
for o in objs:
    print(repr(o), str(o))
