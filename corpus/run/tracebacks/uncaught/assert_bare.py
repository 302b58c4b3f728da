# features: [tracebacks, uncaught-exception]
# stages: [run]
assert 1 > 2
