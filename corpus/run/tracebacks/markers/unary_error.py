# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
v = 'x'
print(-v)
