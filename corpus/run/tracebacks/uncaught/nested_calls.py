# features: [tracebacks, uncaught-exception]
# stages: [run]
def a():
    return b()
def b():
    return c()
def c():
    raise ValueError('deep')
a()
