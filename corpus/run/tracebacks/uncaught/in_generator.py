# features: [tracebacks, uncaught-exception]
# stages: [run]
def gen():
    yield 1
    raise StopIteration
    yield 2
for x in gen():
    print(x)
