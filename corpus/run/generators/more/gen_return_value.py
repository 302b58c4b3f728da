# features: [generators, coroutines]
# stages: [run]
def sub():
    yield 1
    return 'sub-done'
def main():
    results = []
    for _ in range(2):
        r = yield from sub()
        results.append(r)
    return results
g = main()
while True:
    try:
        print('yielded', next(g))
    except StopIteration as e:
        print('final', e.value)
        break
