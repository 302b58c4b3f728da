# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def f():
    return 1 / 0
print(f'{f()}')
