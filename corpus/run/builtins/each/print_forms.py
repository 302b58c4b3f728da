# features: [builtins, print_forms]
# stages: [run]
print('a', 'b', sep='-', end='!\n'); print(); print(1, 2, 3, sep=''); print('x', end=''); print('y')
print(*[1, 2], *'ab', sep=', ')
print(None, True, 1.0, [None], sep=None, end=None)
try:
    print(sep=5)
except TypeError as e:
    print(e)
