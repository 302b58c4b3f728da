# features: [tracebacks, type-error]
# stages: [run]
def f(a, b):
    return a + b

result = f(1, "x")
