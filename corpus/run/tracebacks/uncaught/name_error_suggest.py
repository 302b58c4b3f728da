# features: [tracebacks, uncaught-exception]
# stages: [run]
counter = 1
print(countr)
