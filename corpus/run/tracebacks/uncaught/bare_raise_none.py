# features: [tracebacks, uncaught-exception]
# stages: [run]
raise
