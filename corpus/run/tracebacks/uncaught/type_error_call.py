# features: [tracebacks, uncaught-exception]
# stages: [run]
def f(a):
    return a
f(1, 2)
