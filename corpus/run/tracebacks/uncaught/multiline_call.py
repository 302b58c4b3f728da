# features: [tracebacks, uncaught-exception]
# stages: [run]
def f(a, b, c):
    return a + b + c
print(f(
    1,
    'x',
    3,
))
