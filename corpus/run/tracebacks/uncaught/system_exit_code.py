# features: [tracebacks, uncaught-exception]
# stages: [run]
print('out')
raise SystemExit(3)
