# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
n = int('12x')
