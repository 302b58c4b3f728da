# features: [tracebacks, uncaught-exception]
# stages: [run]
it = iter([])
next(it)
