# features: [builtins, type]
# stages: [run]
for v in [1, 'a', 1.0, None, [], (), {}, set(), len, print, lambda: 0, range(1), iter([]), (x for x in []), type, object(), Ellipsis, NotImplemented, 1j, b'', bytearray(), memoryview(b'')]:
    t = type(v)
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
