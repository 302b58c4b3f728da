# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def f(a, *, b):
    return a / b
f(
    1,
    b=0,
)
