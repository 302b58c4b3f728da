# features: [builtins, hash_values]
# stages: [run]
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 1.0, 1.5, -0.5, 0.0, 1e100, float('inf'), True, None is None, 'a' == 'a', (), (1,), 'abc', '', b'abc', b'', frozenset()]:
    print(repr(v), hash(v))
print(hash('hello world'), hash('é'), hash('😀'), hash(b'hello'), hash(('a', 1)))
