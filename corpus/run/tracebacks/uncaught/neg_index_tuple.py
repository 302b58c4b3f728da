# features: [tracebacks, uncaught-exception]
# stages: [run]
t = ()
t[-1]
