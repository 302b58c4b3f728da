# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
a, b = [1, 2, 3]
