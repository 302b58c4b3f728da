# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
def f(a): return a
args = 5
f(*args)
