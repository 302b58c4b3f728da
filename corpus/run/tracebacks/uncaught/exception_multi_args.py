# features: [tracebacks, uncaught-exception]
# stages: [run]
raise ValueError('a', 2, [3])
