# features: [tracebacks, uncaught-exception]
# stages: [run]
print('{} {}'.format(1))
