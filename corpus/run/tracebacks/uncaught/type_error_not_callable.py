# features: [tracebacks, uncaught-exception]
# stages: [run]
x = 5
x()
