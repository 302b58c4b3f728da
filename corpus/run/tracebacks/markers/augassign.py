# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
total = 0
total += 'x'
