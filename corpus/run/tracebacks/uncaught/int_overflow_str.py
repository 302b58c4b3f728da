# features: [tracebacks, uncaught-exception]
# stages: [run]
print(str(10 ** 5000))
