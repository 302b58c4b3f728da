# features: [tracebacks, uncaught-exception]
# stages: [run]
class C:
    x = 1
    y = x + undefined
