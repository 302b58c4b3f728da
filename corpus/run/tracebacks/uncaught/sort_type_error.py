# features: [tracebacks, uncaught-exception]
# stages: [run]
print(sorted([3, 'a', 1]))
