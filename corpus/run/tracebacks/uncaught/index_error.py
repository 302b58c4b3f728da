# features: [tracebacks, uncaught-exception]
# stages: [run]
items = [1, 2, 3]
print(items[10])
