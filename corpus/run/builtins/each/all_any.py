# features: [builtins, all_any]
# stages: [run]
print(all([]), any([]), all([1, 2, 0]), any([0, '', None, 3]), all(x > 0 for x in range(1, 5)), any(iter([])))
def gen():
    for i in range(10):
        print('yield', i)
        yield i
print(any(x > 2 for x in gen()), all(x < 1 for x in gen()))
