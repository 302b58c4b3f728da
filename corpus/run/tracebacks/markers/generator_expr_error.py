# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def values():
    yield 1
    yield 'two'
print(sum(v * 2 for v in values()) + 1)
