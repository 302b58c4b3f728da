# features: [tracebacks, uncaught-exception]
# stages: [run]
try:
    int('x')
except ValueError:
    print(undefined)
