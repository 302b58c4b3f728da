# features: [tracebacks, uncaught-exception]
# stages: [run]
def f():
    return undefined_name + 1
f()
