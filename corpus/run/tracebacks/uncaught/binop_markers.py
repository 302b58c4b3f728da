# features: [tracebacks, uncaught-exception]
# stages: [run]
a, b, c = 1, 0, 2
result = a * c + (a // b) * c
