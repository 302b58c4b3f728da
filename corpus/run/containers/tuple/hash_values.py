# features: [tuple, tuple-hash_values]
# stages: [run]
for t in [(), (1,), (1, 2), (-1, -2), ('a', 'b'), ((1, 2), (3,)), (True, False)]:
    print(t, hash(t))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
